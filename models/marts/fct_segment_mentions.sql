with

mentions as (select * from {{ ref('stg_raw__segment_mentions') }}),
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
        mentions.mention_id as segment_mention_key,
        new_sources.source_key,
        {{ surrogate_key(['new_sources.market_key', 'mentions.dimension', 'lower(mentions.segment_name)']) }}
            as segment_key,
        mentions.segment_name as segment_name_as_written,
        mentions.dimension_as_written,
        mentions.evidence_text,
        mentions.char_start,
        mentions.char_end
    from mentions
    inner join new_sources on mentions.document_id = new_sources.document_id

)

select * from final
