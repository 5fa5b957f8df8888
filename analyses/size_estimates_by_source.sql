-- Every size estimate for a market, by source, with its evidence: where do publishers disagree?
with

estimates as (select * from {{ ref('fct_estimates') }}),
sources as (select * from {{ ref('dim_sources') }}),
markets as (select * from {{ ref('dim_markets') }}),
regions as (select * from {{ ref('dim_regions') }})

select
    markets.market_name,
    sources.publisher,
    sources.file_name,
    regions.region_name,
    estimates.year,
    estimates.is_forecast,
    estimates.reported_value,
    estimates.reported_unit,
    estimates.reported_currency,
    round(estimates.value, 1) as value_usd_millions,
    estimates.evidence_text
from estimates
inner join sources on estimates.source_key = sources.source_key
inner join markets on estimates.market_key = markets.market_key
inner join regions on estimates.region_key = regions.region_key
where estimates.metric = 'market_size'
order by markets.market_name asc, estimates.year asc, sources.publisher asc
