with

source as (

    select * from {{ source('raw', 'market_size_mentions') }}

),

rates as (

    select * from {{ ref('currency_rates') }}

),

renamed as (

    select
        ---------- ids
        source.fact_id as mention_id,
        source.document_id,

        ---------- whose
        trim(source.market_name) as market_name,
        lower(source.scope) as scope,
        source.segment_name,
        source.region_name,

        ---------- as written
        source.value_text,
        cast(source.reported_value as double) as reported_value,
        lower(source.reported_unit) as reported_unit,
        upper(source.reported_currency) as reported_currency,
        source.comparator,

        ---------- normalized
        {{ usd_millions('source.reported_value', 'lower(source.reported_unit)', 'rates.usd_per_unit') }}
            as value_usd_millions,

        ---------- when
        cast(source.reference_year as integer) as reference_year,
        source.is_forecast,

        ---------- provenance
        source.evidence_text,
        cast(source.char_start as integer) as char_start,
        cast(source.char_end as integer) as char_end

    from source
    left join rates on upper(source.reported_currency) = rates.currency_code

)

select * from renamed
