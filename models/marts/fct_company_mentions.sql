with

companies as (select * from {{ ref('int_companies_resolved') }}),
mentions as (select * from {{ ref('stg_raw__company_mentions') }}),
sources as (select * from {{ ref('dim_sources') }}),
built as (select * from ({{ already_built(['source_key']) }})),

new_sources as (

    -- documents with no row in the table yet (on a full build: every document)
    select sources.*
    from sources
    left join (select distinct built.source_key from built) as seen on sources.source_key = seen.source_key
    where seen.source_key is null

),

final as (

    select
        mentions.mention_id as company_mention_key,
        new_sources.source_key,
        new_sources.market_key,
        companies.company_key,
        mentions.role,
        mentions.name_as_written,
        mentions.evidence_text,
        mentions.char_start,
        mentions.char_end
    from mentions
    inner join new_sources on mentions.document_id = new_sources.document_id
    inner join companies on mentions.mention_id = companies.mention_id

)

select * from final
