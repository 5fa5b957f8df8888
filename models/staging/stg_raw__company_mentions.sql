with

source as (

    select * from {{ source('raw', 'company_mentions') }}

),

renamed as (

    select
        fact_id as mention_id,
        document_id,
        trim(name_as_written) as name_as_written,
        trim(company_name) as company_name,
        lower(role) as role,
        evidence_text,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end

    from source

)

select * from renamed
