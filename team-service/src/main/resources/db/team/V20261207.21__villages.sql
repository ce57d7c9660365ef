-- The village registry (issue 22): which หมู่ที่ of each tambon exist and what they are called, from
-- the province's list and the district's changes (the village streams). The area data lists
-- tambons but no villages. Rebuilt by replay; coverage and the leaders' rule read it.
create table villages (
    village_code  text        primary key,
    province_code text        not null,
    district_code text        not null,
    tambon_code   text        not null,
    moo           integer     not null check (moo between 1 and 99),
    name_th       text        not null,
    name_en       text,
    status        text        not null,   -- ACTIVE, RETIRED
    retirement    text,                   -- MERGED, DISSOLVED
    merged_into   text,
    retired_on    date,
    version       bigint      not null,
    updated_at    timestamptz not null default now()
);

create index villages_province on villages (province_code, village_code);
create index villages_district on villages (district_code, village_code);
create index villages_tambon on villages (tambon_code, village_code);
