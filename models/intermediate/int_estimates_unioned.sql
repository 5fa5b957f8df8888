with

sizes as (select * from {{ ref('stg_raw__market_size_mentions') }}),
growth as (select * from {{ ref('stg_raw__growth_rate_mentions') }}),
shares as (select * from {{ ref('stg_raw__region_share_mentions') }}),
revenues as (select * from {{ ref('stg_raw__company_revenue_mentions') }}),
documents as (select * from {{ ref('int_documents_profiled') }}),

size_rows as (

    select
        mention_id,
        document_id,
        'market_size' as metric,
        market_name,
        segment_name,
        region_name as region_name_as_written,
        cast(null as varchar) as company_name,
        value_usd_millions as value,
        cast(null as double) as value_low,
        cast(null as double) as value_high,
        reported_value,
        reported_unit,
        reported_currency,
        reference_year as year,
        cast(null as integer) as period_start_year,
        cast(null as integer) as period_end_year,
        is_forecast,
        evidence_text,
        char_start,
        char_end
    from sizes

),

growth_rows as (

    select
        mention_id,
        document_id,
        'cagr' as metric,
        market_name,
        segment_name,
        region_name as region_name_as_written,
        cast(null as varchar) as company_name,
        (rate_low_percent + rate_high_percent) / 2 as value,
        rate_low_percent as value_low,
        rate_high_percent as value_high,
        rate_low_percent as reported_value,
        'percent' as reported_unit,
        cast(null as varchar) as reported_currency,
        cast(null as integer) as year,
        period_start_year,
        period_end_year,
        true as is_forecast,
        evidence_text,
        char_start,
        char_end
    from growth

),

share_rows as (

    select
        shares.mention_id,
        shares.document_id,
        'region_share' as metric,
        documents.market_name,
        cast(null as varchar) as segment_name,
        shares.region_name_as_written,
        cast(null as varchar) as company_name,
        shares.share_percent as value,
        cast(null as double) as value_low,
        cast(null as double) as value_high,
        shares.share_percent as reported_value,
        'percent' as reported_unit,
        cast(null as varchar) as reported_currency,
        shares.reference_year as year,
        cast(null as integer) as period_start_year,
        cast(null as integer) as period_end_year,
        false as is_forecast,
        shares.evidence_text,
        shares.char_start,
        shares.char_end
    from shares
    left join documents on shares.document_id = documents.document_id

),

revenue_rows as (

    select
        revenues.mention_id,
        revenues.document_id,
        'company_revenue' as metric,
        documents.market_name,
        cast(null as varchar) as segment_name,
        cast(null as varchar) as region_name_as_written,
        revenues.company_name,
        revenues.value_usd_millions as value,
        case when revenues.comparator in ('over', 'more than', 'above', 'exceeding', 'in excess of', 'at least')
                then revenues.value_usd_millions
        end as value_low,
        case when revenues.comparator in ('up to', 'less than', 'under', 'below')
                then revenues.value_usd_millions
        end as value_high,
        revenues.reported_value,
        revenues.reported_unit,
        revenues.reported_currency,
        revenues.reference_year as year,
        cast(null as integer) as period_start_year,
        cast(null as integer) as period_end_year,
        false as is_forecast,
        revenues.evidence_text,
        revenues.char_start,
        revenues.char_end
    from revenues
    left join documents on revenues.document_id = documents.document_id

),

unioned as (

    select * from size_rows
    union all
    select * from growth_rows
    union all
    select * from share_rows
    union all
    select * from revenue_rows

)

select * from unioned
