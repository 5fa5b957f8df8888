-- Growth rates and shares are percents between -100 and 1000; returns the offending estimates.
with

estimates as (select * from {{ ref('fct_estimates') }})

select
    estimate_key,
    metric,
    value
from estimates
where
    metric in ('cagr', 'region_share', 'segment_share')
    and (value < -100 or value > 1000)
