with

source as (

    select * from {{ source('raw', 'load_runs') }}

),

renamed as (

    select
        run_id,
        inputs,
        status,
        started_at,
        finished_at,
        cast(files_seen as integer) as files_seen,
        cast(loaded as integer) as documents_loaded,
        cast(skipped as integer) as documents_skipped,
        cast(rejected as integer) as documents_rejected,
        cast(duplicates as integer) as duplicate_files

    from source

)

select * from renamed
