-- team-service's view of the households household-service identified, for care assignment.
-- Rebuilt from household.events by replay.
create table care_households (
    household_id   text        primary key,
    province_code  text        not null,
    district_code  text        not null,
    tambon_code    text        not null,
    village_code   text        not null,
    identified_on  date        not null,
    care_status    text        not null,  -- AWAITING_CARER, CARED_FOR, RELEASED
    updated_at     timestamptz not null default now()
);

create index care_households_awaiting on care_households (care_status, province_code, district_code, tambon_code, village_code);
