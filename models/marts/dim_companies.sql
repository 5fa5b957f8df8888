with

companies as (select * from {{ ref('int_companies_resolved') }}),
aliases as (select * from {{ ref('company_aliases') }}),

named as (

    select
        company_key,
        min(company_name) as company_name,
        min(parent_company_key) as parent_company_key,
        count(*) as mention_count
    from companies
    group by company_key

),

parents as (

    select distinct
        {{ surrogate_key(['lower(parent_company_name)']) }} as company_key,
        parent_company_name as company_name
    from aliases
    where parent_company_name is not null

),

missing_parents as (

    select
        parents.company_key,
        parents.company_name,
        cast(null as varchar) as parent_company_key,
        0 as mention_count
    from parents
    where parents.company_key in (select named.parent_company_key from named)
        and parents.company_key not in (select named.company_key from named)

),

final as (

    select * from named
    union all
    select * from missing_parents

)

select * from final
