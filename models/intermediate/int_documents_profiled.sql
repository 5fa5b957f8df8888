with

documents as (select * from {{ ref('stg_raw__documents') }}),
attributes as (select * from {{ ref('stg_raw__report_attributes') }}),

first_attribute as (

    select
        document_id,
        attribute,
        value_text,
        start_year,
        end_year,
        row_number() over (partition by document_id, attribute order by char_start, attribute_id) as position
    from attributes

),

pivoted as (

    select
        document_id,
        max(case when attribute = 'report_title' then value_text end) as report_title,
        max(case when attribute = 'market_name' then value_text end) as market_name,
        max(case when attribute = 'publisher' then value_text end) as publisher,
        max(case when attribute = 'publisher_domain' then value_text end) as publisher_domain,
        max(case when attribute = 'report_id' then value_text end) as report_id,
        max(case when attribute = 'forecast_period' then start_year end) as forecast_start_year,
        max(case when attribute = 'forecast_period' then end_year end) as forecast_end_year
    from first_attribute
    where position = 1
    group by document_id

),

final as (

    select
        documents.document_id,
        documents.file_name,
        documents.source_path,
        documents.document_format,
        documents.language,
        documents.char_count,
        documents.loaded_at,
        documents.extracted_by,
        pivoted.report_title,
        pivoted.market_name,
        pivoted.publisher,
        pivoted.publisher_domain,
        pivoted.report_id,
        pivoted.forecast_start_year,
        pivoted.forecast_end_year
    from documents
    left join pivoted on documents.document_id = pivoted.document_id
    where documents.is_loaded

)

select * from final
