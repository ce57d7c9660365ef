-- Read models of team-service's own streams, updated in the appending transaction and
-- rebuildable by replay. Names are those of officials and volunteers acting in that capacity;
-- team-service holds no personal data of households.

create table teams (
    team_id        text        primary key,
    kind           text        not null,   -- SMILE_TEAM, OPERATIONS_TEAM
    name           text        not null,
    province_code  text        not null,
    district_code  text        not null,
    tambon_code    text,                   -- null for a district team
    formed_on      date        not null,
    active_members int         not null default 0,
    version        bigint      not null,
    updated_at     timestamptz not null default now()
);

create index teams_province on teams (province_code, team_id);
create index teams_district on teams (district_code, team_id);
create index teams_tambon on teams (tambon_code, team_id);

-- The village path columns are those of the village a member stands for (null when none).
create table team_members (
    team_id       text not null references teams (team_id),
    member_id     text not null,
    name          text not null,
    role          text not null,
    province_code text,
    district_code text,
    tambon_code   text,
    village_code  text,
    joined_on     date not null,
    left_on       date,
    primary key (team_id, member_id)
);

create index team_members_in_villages on team_members (village_code) where left_on is null and village_code is not null;

create table carers (
    carer_id          text        primary key,
    name              text        not null,
    role              text        not null,
    province_code     text        not null,
    district_code     text        not null,
    tambon_code       text,                -- null for a district-wide carer
    village_code      text,                -- null for a tambon- or district-wide carer
    team_id           text,
    member_id         text,
    -- Kept by the trigger below. With the check, a fourth active household cannot be stored, whatever
    -- wrote it: concurrent writers serialize on this row, and the loser sees the winner's count.
    active_households int         not null default 0
        constraint carer_cares_for_at_most_three check (active_households between 0 and 3),
    version           bigint      not null,
    updated_at        timestamptz not null default now()
);

-- A team member is registered as a carer once.
create unique index carers_one_per_member on carers (team_id, member_id) where member_id is not null;
create index carers_province on carers (province_code, carer_id);
create index carers_district on carers (district_code, carer_id);
create index carers_tambon on carers (tambon_code, carer_id);
create index carers_village on carers (village_code, carer_id);

-- One row per CarerAssigned, closed by its CarerReleased.
create table care_assignments (
    carer_id       text   not null references carers (carer_id),
    version        bigint not null,            -- the carer stream's version of the CarerAssigned event
    position       bigint not null,            -- its place in the event log: assignments in the order they happened
    household_id   text   not null,
    assigned_on    date   not null,
    proposal_id    uuid,
    released_on    date,
    release_reason text,
    primary key (carer_id, version)
);

-- A household has at most one active carer, across every instance of the service.
create unique index care_assignments_one_carer_per_household on care_assignments (household_id) where released_on is null;
create index care_assignments_by_household on care_assignments (household_id, carer_id);

create function care_assignments_count_active() returns trigger language plpgsql as $$
declare
    delta int := 0;
begin
    if tg_op in ('INSERT', 'UPDATE') and new.released_on is null then
        delta := delta + 1;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.released_on is null then
        delta := delta - 1;
    end if;
    if delta <> 0 then
        update carers set active_households = active_households + delta
        where carer_id = coalesce(new.carer_id, old.carer_id);
    end if;
    return null;
end
$$;

create trigger care_assignments_counted
    after insert or update or delete on care_assignments
    for each row execute function care_assignments_count_active();

-- Households now follow household-service's status; whether one has a carer is its active assignment.
alter table care_households add column household_status text not null default 'OPEN'; -- OPEN, GRADUATED, CLOSED
alter table care_households drop column care_status;
create index care_households_province on care_households (province_code, household_id);
create index care_households_district on care_households (district_code, household_id);
create index care_households_tambon on care_households (tambon_code, household_id);
create index care_households_village on care_households (village_code, household_id);

-- Assignment proposals: drafts reviewed before they are confirmed as a batch of CarerAssigned events.
create table care_proposals (
    proposal_id  uuid        primary key,
    area_code    text        not null,
    status       text        not null,   -- DRAFT, CONFIRMED
    proposed_by  text        not null,
    proposed_at  timestamptz not null default now(),
    matches      jsonb       not null,
    unmatched    jsonb       not null,
    confirmed_by text,
    confirmed_at timestamptz,
    outcome      jsonb
);
