with

source as (

    select * from {{ source('raw', 'region_share_mentions') }}

),

renamed as (

    select
        fact_id as mention_id,
        document_id,
        trim(region_name) as region_name_as_written,
        cast(share_percent as double) as share_percent,
        cast(reference_year as integer) as reference_year,
        evidence_text,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end

    from source

)

select * from renamed
