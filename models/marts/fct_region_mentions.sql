with

mentions as (select * from {{ ref('int_regions_resolved') }}),
sources as (select * from {{ ref('dim_sources') }}),

final as (

    select
        mentions.mention_id as region_mention_key,
        sources.source_key,
        mentions.region_code as region_key,
        mentions.name_as_written,
        mentions.parent_as_written,
        mentions.region_code is not null as is_resolved,
        mentions.mention_context,
        mentions.evidence_text,
        mentions.char_start,
        mentions.char_end
    from mentions
    inner join sources on mentions.document_id = sources.document_id

)

select * from final
