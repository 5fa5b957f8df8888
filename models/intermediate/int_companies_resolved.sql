with

mentions as (select * from {{ ref('stg_raw__company_mentions') }}),
revenues as (select * from {{ ref('stg_raw__company_revenue_mentions') }}),
aliases as (select * from {{ ref('company_aliases') }}),

named as (

    select
        mention_id,
        document_id,
        company_name,
        'mention' as source_kind
    from mentions
    union all
    select
        mention_id,
        document_id,
        company_name,
        'revenue' as source_kind
    from revenues

),

resolved as (

    select
        named.mention_id,
        named.document_id,
        named.source_kind,
        named.company_name as company_name_extracted,
        coalesce(aliases.company_name, named.company_name) as company_name,
        aliases.parent_company_name
    from named
    left join aliases on lower(named.company_name) = lower(aliases.alias)

),

final as (

    select
        *,
        {{ surrogate_key(['lower(company_name)']) }} as company_key,
        case
            when parent_company_name is not null
                then {{ surrogate_key(['lower(parent_company_name)']) }}
        end as parent_company_key
    from resolved

)

select * from final
