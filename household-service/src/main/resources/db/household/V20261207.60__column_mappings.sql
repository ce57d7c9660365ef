-- A province's column mappings: where in another system's export each field of a file this
-- service imports is found. Every save is a new version, kept whole with who saved it and when
-- (docs/adr/0008-column-mappings-are-a-versioned-table.md); the latest version is the mapping.
create table column_mappings (
    province_code text        not null,
    name          text        not null,
    version       int         not null,
    kind          text        not null,
    description   text,
    -- field name -> {"column": ...} | {"value": ...} | {"tambonColumn": ..., "villageNumberColumn": ...}
    fields        jsonb       not null,
    saved_by      text        not null,
    saver_role    text        not null,
    saved_at      timestamptz not null default now(),
    primary key (province_code, name, version)
);

-- The mapping an upload of a kind uses when it names none, per province.
create table column_mapping_defaults (
    province_code text        not null,
    kind          text        not null,
    name          text        not null,
    set_by        text        not null,
    set_at        timestamptz not null default now(),
    primary key (province_code, kind)
);

-- A survey job records the mapping it read its file by ('' and 0: the standard columns). The same
-- file read by another mapping, or another version of it, is another import.
alter table bmn_imports add column mapping_name text not null default '',
                        add column mapping_version int not null default 0;
alter table bmn_imports drop constraint bmn_imports_file_sha256_survey_year_area_code_key;
alter table bmn_imports add constraint bmn_imports_same_file
    unique (file_sha256, survey_year, area_code, mapping_name, mapping_version);
