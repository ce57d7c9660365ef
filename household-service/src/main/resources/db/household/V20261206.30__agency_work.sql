-- Which agency works on which household, from plan.events: a partner agency reads a household's
-- delivery contact only while a problem of it is open with that agency.
create table agency_work (
    problem_id   text primary key,
    household_id text    not null,
    agency       text,
    open         boolean not null
);
create index agency_work_household on agency_work (household_id, agency) where open;
