with

companies as (select * from {{ ref('int_companies_resolved') }}),
mentions as (select * from {{ ref('stg_raw__company_mentions') }}),
sources as (select * from {{ ref('dim_sources') }}),

final as (

    select
        mentions.mention_id as company_mention_key,
        sources.source_key,
        sources.market_key,
        companies.company_key,
        mentions.role,
        mentions.name_as_written,
        mentions.evidence_text,
        mentions.char_start,
        mentions.char_end
    from mentions
    inner join companies on mentions.mention_id = companies.mention_id
    inner join sources on mentions.document_id = sources.document_id

)

select * from final
