with

source as (

    select * from {{ source('raw', 'segment_mentions') }}

),

renamed as (

    select
        fact_id as mention_id,
        document_id,
        lower(trim(dimension)) as dimension,
        dimension_as_written,
        trim(segment_name) as segment_name,
        evidence_text,
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end

    from source

)

select * from renamed
