with

mentions as (select * from {{ ref('int_regions_resolved') }}),
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
        mentions.mention_id as region_mention_key,
        new_sources.source_key,
        mentions.region_code as region_key,
        mentions.name_as_written,
        mentions.parent_as_written,
        mentions.region_code is not null as is_resolved,
        mentions.mention_context,
        mentions.evidence_text,
        mentions.char_start,
        mentions.char_end
    from mentions
    inner join new_sources on mentions.document_id = new_sources.document_id

)

select * from final
