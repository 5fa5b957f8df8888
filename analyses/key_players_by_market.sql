-- Which companies are named as players of each market, and by how many documents?
with

mentions as (select * from {{ ref('fct_company_mentions') }}),
companies as (select * from {{ ref('dim_companies') }}),
markets as (select * from {{ ref('dim_markets') }})

select
    markets.market_name,
    companies.company_name,
    count(distinct mentions.source_key) as documents
from mentions
inner join companies on mentions.company_key = companies.company_key
inner join markets on mentions.market_key = markets.market_key
group by markets.market_name, companies.company_name
order by markets.market_name asc, documents desc, companies.company_name asc
