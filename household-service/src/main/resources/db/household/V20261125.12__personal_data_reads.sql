-- Every read of a head's personal data (PDPA): who, in what role, which household, and why.
create table personal_data_reads (
    id           bigint generated always as identity primary key,
    household_id text        not null,
    actor        text        not null,
    actor_role   text        not null,
    purpose      text        not null,
    read_at      timestamptz not null default now()
);

create index personal_data_reads_household on personal_data_reads (household_id, read_at);
