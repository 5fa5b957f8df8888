-- How far apart are the growth rates stated for each market? Markets with the widest spread first.
with

estimates as (select * from {{ ref('fct_estimates') }}),
markets as (select * from {{ ref('dim_markets') }}),

growth as (

    select
        markets.market_name,
        count(*) as statements,
        count(distinct estimates.source_key) as sources,
        min(estimates.value_low) as lowest_rate,
        max(estimates.value_high) as highest_rate
    from estimates
    inner join markets on estimates.market_key = markets.market_key
    where estimates.metric = 'cagr'
    group by markets.market_name

)

select
    market_name,
    statements,
    sources,
    lowest_rate,
    highest_rate,
    highest_rate - lowest_rate as spread_points
from growth
order by spread_points desc, statements desc
