-- plan-service's own view of households, from household.events: plans are drafted only for
-- classified, open households. Rebuilt by replay.
create table plan_households (
    household_id   text        primary key,
    province_code  text        not null,
    district_code  text        not null,
    tambon_code    text        not null,
    village_code   text        not null,
    status         text        not null,
    care_group     text,                    -- WELFARE (ก) or SELF_DEVELOPING (ข) once classified
    updated_at     timestamptz not null default now()
);
