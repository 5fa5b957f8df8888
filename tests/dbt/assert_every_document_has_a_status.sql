-- Every file a load saw ends as a document row with a status; returns files without one.
with

files as (select * from {{ ref('stg_raw__document_files') }}),
documents as (select * from {{ ref('stg_raw__documents') }})

select files.source_path
from files
left join documents on files.document_id = documents.document_id
where documents.document_id is null or documents.status not in ('loaded', 'rejected')
