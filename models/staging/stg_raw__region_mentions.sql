with

source as (

    select * from {{ source('raw', 'region_mentions') }}

),

renamed as (

    select
        fact_id as mention_id,
        document_id,
        trim(name_as_written) as name_as_written,
        region_name as region_name_hint,
        parent_as_written,
        lower(context) as mention_context,
        evidence_text,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end

    from source

)

select * from renamed
