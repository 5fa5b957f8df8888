with

mentions as (select * from {{ ref('stg_raw__region_mentions') }}),
aliases as (select * from {{ ref('region_aliases') }}),
regions as (select * from {{ ref('regions') }}),

alias_lookup as (

    select
        lower(alias) as alias_lower,
        min(region_code) as region_code
    from aliases
    group by lower(alias)

),

name_lookup as (

    select
        lower(region_name) as alias_lower,
        min(region_code) as region_code
    from regions
    group by lower(region_name)

),

final as (

    select
        mentions.mention_id,
        mentions.document_id,
        mentions.name_as_written,
        mentions.parent_as_written,
        mentions.mention_context,
        mentions.evidence_text,
        mentions.char_start,
        mentions.char_end,
        coalesce(alias_lookup.region_code, name_lookup.region_code, hint_lookup.region_code) as region_code
    from mentions
    left join alias_lookup on lower(mentions.name_as_written) = alias_lookup.alias_lower
    left join name_lookup on lower(mentions.name_as_written) = name_lookup.alias_lower
    left join name_lookup as hint_lookup
        on
            lower(mentions.region_name_hint) = hint_lookup.alias_lower
            and position(lower(mentions.region_name_hint) in lower(mentions.name_as_written)) = 0

)

select * from final
