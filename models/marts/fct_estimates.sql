with

estimates as (select * from {{ ref('int_estimates_unioned') }}),
sources as (select * from {{ ref('dim_sources') }}),
markets as (select * from {{ ref('int_markets_resolved') }}),
segments as (select * from {{ ref('dim_segments') }}),
companies as (select * from {{ ref('int_companies_resolved') }}),
region_aliases as (select * from {{ ref('region_aliases') }}),
segment_mentions as (select * from {{ ref('stg_raw__segment_mentions') }}),

built as (select * from ({{ already_built(['source_key', 'market_key', 'segment_name_as_written']) }})),

new_sources as (

    -- documents with no estimate in the table yet (on a full build: every document)
    select sources.*
    from sources
    left join (select distinct built.source_key from built) as seen on sources.source_key = seen.source_key
    where seen.source_key is null

),

new_segment_names as (

    -- segments the new documents add to dim_segments
    select distinct
        new_sources.market_key,
        lower(segment_mentions.segment_name) as segment_name_normalized
    from segment_mentions
    inner join new_sources on segment_mentions.document_id = new_sources.document_id

),

redone_sources as (

    -- an estimate takes the smallest segment_key of its market and segment name, which a new
    -- segment of the same market and name can change: the documents of such estimates are redone
    select distinct built.source_key
    from built
    inner join new_segment_names
        on built.market_key = new_segment_names.market_key
            and lower(built.segment_name_as_written) = new_segment_names.segment_name_normalized

),

sources_to_build as (

    select * from new_sources
    union all
    select sources.*
    from sources
    inner join redone_sources on sources.source_key = redone_sources.source_key

),

alias_lookup as (

    select
        lower(alias) as alias_lower,
        min(region_code) as region_code
    from region_aliases
    group by lower(alias)

),

segment_lookup as (

    select
        market_key,
        lower(segment_name) as segment_name_normalized,
        min(segment_key) as segment_key
    from segments
    group by market_key, lower(segment_name)

),

company_lookup as (

    select
        mention_id,
        company_key
    from companies
    where source_kind = 'revenue'

),

final as (

    select
        estimates.mention_id as estimate_key,
        sources_to_build.source_key,
        markets.market_key,
        coalesce(alias_lookup.region_code, 'global') as region_key,
        segment_lookup.segment_key,
        company_lookup.company_key,
        estimates.metric,
        estimates.value,
        estimates.value_low,
        estimates.value_high,
        estimates.reported_value,
        estimates.reported_unit,
        estimates.reported_currency,
        estimates.year,
        estimates.period_start_year,
        estimates.period_end_year,
        estimates.is_forecast,
        estimates.evidence_text,
        estimates.char_start,
        estimates.char_end,
        estimates.segment_name as segment_name_as_written,
        estimates.region_name_as_written
    from estimates
    inner join sources_to_build on estimates.document_id = sources_to_build.document_id
    left join markets
        on {{ normalized_market_name('estimates.market_name') }} = markets.market_name_normalized
    left join alias_lookup on lower(estimates.region_name_as_written) = alias_lookup.alias_lower
    left join segment_lookup
        on markets.market_key = segment_lookup.market_key
            and lower(estimates.segment_name) = segment_lookup.segment_name_normalized
    left join company_lookup on estimates.mention_id = company_lookup.mention_id

)

select * from final
