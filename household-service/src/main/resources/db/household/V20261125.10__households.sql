-- Read model of households, updated in the same transaction as their events (rebuildable by replay).
create table households (
    household_id     text        primary key,
    status           text        not null,
    status_before_closing text,
    care_group       text,
    members          int,
    closure          text,
    duplicate_of     text,
    source           text        not null,
    province_code    text        not null,
    district_code    text        not null,
    tambon_code      text        not null,
    village_code     text        not null,
    head_id_hash     text        not null,
    house_hash       text,
    identified_on    date        not null,
    version          bigint      not null,
    updated_at       timestamptz not null
);

-- A household is identified once: the same head (keyed hash of the national ID) or the same
-- house registration number cannot be identified again while it is open.
create unique index households_open_head on households (head_id_hash) where status <> 'CLOSED';
create unique index households_open_house on households (house_hash) where status <> 'CLOSED' and house_hash is not null;
create index households_province on households (province_code, household_id);
create index households_district on households (district_code, household_id);
create index households_tambon on households (tambon_code, household_id);
create index households_village on households (village_code, household_id);

-- Personal data (PDPA): kept here only, never in events or Kafka messages. Erasing a person
-- deletes the row; the event history stays valid.
create table household_people (
    household_id  text        primary key,
    national_id   text        not null,
    first_name    text        not null,
    last_name     text        not null,
    phone         text,
    house_number  text,
    address       text,
    updated_at    timestamptz not null default now()
);
