-- Which extraction found the facts of the sources: a warehouse loaded by several versions holds facts of
-- several extractions (`market-intel build DOCS_DIR --reextract` extracts them again with the current one).
with

sources as (select * from {{ ref('dim_sources') }}),

by_extraction as (

    select
        coalesce(extracted_by, 'not recorded') as extracted_by,
        count(*) as sources,
        min(loaded_at) as first_loaded_at,
        max(loaded_at) as last_loaded_at
    from sources
    group by coalesce(extracted_by, 'not recorded')

)

select
    extracted_by,
    sources,
    first_loaded_at,
    last_loaded_at
from by_extraction
order by last_loaded_at desc
