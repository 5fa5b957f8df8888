with

mentions as (select * from {{ ref('stg_raw__segment_mentions') }}),
sources as (select * from {{ ref('dim_sources') }}),

segments as (

    select
        sources.market_key,
        mentions.dimension,
        lower(mentions.segment_name) as segment_name_normalized,
        min(mentions.segment_name) as segment_name
    from mentions
    inner join sources on mentions.document_id = sources.document_id
    group by sources.market_key, mentions.dimension, lower(mentions.segment_name)

),

final as (

    select
        {{ surrogate_key(['market_key', 'dimension', 'segment_name_normalized']) }} as segment_key,
        market_key,
        dimension,
        segment_name
    from segments

)

select * from final
