with

regions as (select * from {{ ref('regions') }}),

final as (

    select
        region_code as region_key,
        region_name,
        region_level,
        nullif(parent_region_code, '') as parent_region_key,
        nullif(iso2, '') as iso2,
        nullif(iso3, '') as iso3
    from regions

)

select * from final
