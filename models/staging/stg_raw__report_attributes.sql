with

source as (

    select * from {{ source('raw', 'report_attributes') }}

),

renamed as (

    select
        ---------- ids
        fact_id as attribute_id,
        document_id,

        ---------- as written
        lower(attribute) as attribute,
        trim(value_text) as value_text,
        cast(start_year as integer) as start_year,
        cast(end_year as integer) as end_year,

        ---------- provenance
        evidence_text,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end

    from source

)

select * from renamed
