with

source as (

    select * from {{ source('raw', 'document_files') }}

),

renamed as (

    select
        document_id,
        run_id,
        source_path,
        file_name,
        status as file_status,
        seen_at

    from source

)

select * from renamed
