-- Imports of TPMAP target lists (รายชื่อคนจนเป้าหมาย): one job per file, list year, uploader's
-- area and mapping. A listed person whose household is in the programme flags it
-- (TpmapTargetFlagged); one who is not becomes a candidate.
create table tpmap_imports (
    job_id          uuid        primary key,
    list_year       int         not null,
    area_code       text        not null,
    file_sha256     text        not null,
    file_bytes      bigint      not null,
    mapping_name    text        not null default '',
    mapping_version int         not null default 0,
    listed_on       date        not null,
    uploaded_by     text        not null,
    uploader_role   text        not null,
    correlation_id  uuid        not null,
    uploaded_at     timestamptz not null default now(),
    status          text        not null default 'QUEUED',
    rows_total      int         not null,
    rows_read       int         not null default 0,
    flagged         int         not null default 0,
    candidates      int         not null default 0,
    not_targets     int         not null default 0,
    duplicates      int         not null default 0,
    rejected        int         not null default 0,
    started_at      timestamptz,
    finished_at     timestamptz,
    failure         text,
    unique (file_sha256, list_year, area_code, mapping_name, mapping_version)
);

create index tpmap_imports_pending on tpmap_imports (uploaded_at) where status in ('QUEUED', 'RUNNING');

-- The rows still to import, as text (personal data, PDPA: deleted by the batch that imports them).
create table tpmap_import_rows (
    job_id             uuid not null,
    row_number         int  not null,
    problem            text,
    national_id        text,
    first_name         text,
    last_name          text,
    house_number       text,
    village_code       text,
    health             text,
    living_conditions  text,
    education          text,
    income             text,
    access_to_services text,
    primary key (job_id, row_number)
);

-- The people a running job met, by keyed hash: a person listed twice is flagged once, whichever
-- batches the two rows fall in. Emptied when the job is done.
create table tpmap_import_people (
    job_id      uuid not null,
    id_hash     text not null,
    primary key (job_id, id_hash)
);

-- Rows not imported and why. No personal data.
create table tpmap_import_outcomes (
    job_id     uuid not null references tpmap_imports (job_id),
    row_number int  not null,
    seq        int  not null,
    outcome    text not null,
    field      text,
    code       text not null,
    reason     text not null,
    primary key (job_id, row_number, seq)
);
