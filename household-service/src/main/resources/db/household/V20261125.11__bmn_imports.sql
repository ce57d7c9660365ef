-- Bulk imports of the BMN survey (จปฐ.): one job per uploaded file, survey year and uploader's area.

create table bmn_imports (
    job_id            uuid        primary key,
    survey_year       int         not null,
    -- the uploader's area claim: rows for villages outside it are rejected
    area_code         text        not null,
    file_sha256       text        not null,
    file_bytes        bigint      not null,
    -- the round's rules, fixed when the file is accepted so a resumed job screens like it began
    income_threshold  int         not null,
    indicator_count   int         not null,
    identified_on     date        not null,
    uploaded_by       text        not null,
    uploader_role     text        not null,
    correlation_id    uuid        not null,
    uploaded_at       timestamptz not null default now(),
    status            text        not null default 'QUEUED',
    rows_total        int         not null,
    rows_read         int         not null default 0,
    accepted          int         not null default 0,
    not_candidates    int         not null default 0,
    duplicates        int         not null default 0,
    rejected          int         not null default 0,
    started_at        timestamptz,
    finished_at       timestamptz,
    failure           text,
    -- the same file for the same year and area is one job: uploading it again changes nothing
    unique (file_sha256, survey_year, area_code)
);

create index bmn_imports_pending on bmn_imports (uploaded_at) where status in ('QUEUED', 'RUNNING');

-- The uploaded rows still to process, as text, exactly as sent. A batch deletes its rows in the
-- transaction that imports them, so a restarted job goes on from the first row left. They hold
-- personal data (PDPA) only until then.
create table bmn_import_rows (
    job_id            uuid not null,
    row_number        int  not null,
    -- set when the row could not be read into the columns (a wrong column count)
    problem           text,
    national_id       text,
    first_name        text,
    last_name         text,
    house_number      text,
    village_code      text,
    members           text,
    income_per_person text,
    failed_indicators text,
    phone             text,
    address           text,
    primary key (job_id, row_number)
);

-- Rows not imported and why: rejected (the field and the reason) or duplicates. No personal data.
create table bmn_import_outcomes (
    job_id     uuid     not null references bmn_imports (job_id),
    row_number int      not null,
    -- a row rejected for several fields has one line per field
    seq        int      not null,
    outcome    text     not null,
    field      text,
    code       text     not null,
    reason     text     not null,
    primary key (job_id, row_number, seq)
);
