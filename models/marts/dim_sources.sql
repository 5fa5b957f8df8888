with

documents as (select * from {{ ref('int_documents_profiled') }}),
markets as (select * from {{ ref('int_markets_resolved') }}),

final as (

    select
        {{ surrogate_key(['documents.document_id']) }} as source_key,
        documents.document_id,
        documents.file_name,
        documents.source_path,
        documents.publisher,
        documents.publisher_domain,
        documents.report_title,
        documents.report_id,
        markets.market_key,
        documents.document_format as format,
        documents.char_count,
        documents.loaded_at,
        documents.extracted_by,
        documents.language,
        documents.forecast_start_year,
        documents.forecast_end_year
    from documents
    left join markets
        on {{ normalized_market_name('documents.market_name') }} = markets.market_name_normalized

)

select * from final
