with

source as (

    select * from {{ source('raw', 'documents') }}

),

renamed as (

    select
        ---------- ids
        document_id,
        run_id,

        ---------- file
        file_name,
        source_path,
        lower(format) as document_format,
        language,
        encoding,
        cast(byte_size as bigint) as byte_size,
        cast(char_count as bigint) as char_count,

        ---------- status
        status,
        reject_reason,
        status = 'loaded' as is_loaded,

        ---------- content
        text as document_text,
        loaded_at,
        {{ column_or_null(source('raw', 'documents'), 'extracted_by', 'varchar') }}

    from source

)

select * from renamed
