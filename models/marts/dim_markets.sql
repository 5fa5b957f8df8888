with

markets as (select * from {{ ref('int_markets_resolved') }}),

final as (

    select
        market_key,
        market_name,
        source_count,
        is_main_market_somewhere as is_main_market
    from markets

)

select * from final
