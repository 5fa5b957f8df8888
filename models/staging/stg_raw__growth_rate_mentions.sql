with

source as (

    select * from {{ source('raw', 'growth_rate_mentions') }}

),

renamed as (

    select
        ---------- ids
        fact_id as mention_id,
        document_id,

        ---------- whose
        trim(market_name) as market_name,
        lower(scope) as scope,
        segment_name,
        region_name,

        ---------- as written
        rate_text,
        cast(rate_low as double) as rate_low_percent,
        cast(rate_high as double) as rate_high_percent,

        ---------- when
        cast(start_year as integer) as period_start_year,
        cast(end_year as integer) as period_end_year,
        period_from_forecast,

        ---------- provenance
        evidence_text,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end

    from source

)

select * from renamed
