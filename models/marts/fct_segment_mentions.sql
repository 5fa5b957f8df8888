with

mentions as (select * from {{ ref('stg_raw__segment_mentions') }}),
sources as (select * from {{ ref('dim_sources') }}),

final as (

    select
        mentions.mention_id as segment_mention_key,
        sources.source_key,
        {{ surrogate_key(['sources.market_key', 'mentions.dimension', 'lower(mentions.segment_name)']) }}
            as segment_key,
        mentions.segment_name as segment_name_as_written,
        mentions.dimension_as_written,
        mentions.evidence_text,
        mentions.char_start,
        mentions.char_end
    from mentions
    inner join sources on mentions.document_id = sources.document_id

)

select * from final
