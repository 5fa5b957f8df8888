with

documents as (select * from {{ ref('int_documents_profiled') }}),
sizes as (select * from {{ ref('stg_raw__market_size_mentions') }}),
growth as (select * from {{ ref('stg_raw__growth_rate_mentions') }}),

named as (

    select
        document_id,
        market_name,
        true as is_main
    from documents
    where market_name is not null
    union all
    select
        document_id,
        market_name,
        false as is_main
    from sizes
    where market_name is not null
    union all
    select
        document_id,
        market_name,
        false as is_main
    from growth
    where market_name is not null

),

normalized as (

    select
        document_id,
        market_name,
        is_main,
        {{ normalized_market_name('market_name') }} as market_name_normalized
    from named

),

final as (

    select
        {{ surrogate_key(['market_name_normalized']) }} as market_key,
        market_name_normalized,
        min(market_name) as market_name,
        count(distinct document_id) as source_count,
        bool_or(is_main) as is_main_market_somewhere
    from normalized
    where market_name_normalized <> ''
    group by market_name_normalized

)

select * from final
