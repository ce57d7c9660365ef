-- Problems routed to agencies (guideline step 3, part 3; ThaiQM's per-problem view).

-- A survey household's failed indicators wait here until it is verified; then they become problems.
alter table plan_households
    add column survey_year       integer,
    add column failed_indicators integer[] not null default '{}';

-- The registry of agencies as it stands (events of stream type 'agency').
create table agencies (
    code          text primary key,
    name_th       text        not null,
    name_en       text        not null,
    level         text        not null,
    area_code     text        not null,
    dimensions    text[]      not null,
    help_kinds    text[]      not null,
    welfare_needs text[]      not null,
    version       bigint      not null,
    updated_at    timestamptz not null default now()
);
create index agencies_area on agencies (area_code text_pattern_ops);

-- Each household's problems and welfare referrals, where they stand (events of stream type 'problem').
create table problems (
    problem_id       text primary key,
    household_id     text        not null references plan_households (household_id),
    province_code    text        not null,
    district_code    text        not null,
    tambon_code      text        not null,
    village_code     text        not null,
    dimension        text        not null,
    origin           text        not null,
    description_code text        not null,
    welfare_need     text,
    status           text        not null,
    agency           text references agencies (code),
    identified_on    date        not null,
    due_on           date,
    helped_thb       numeric(14, 2) not null default 0,
    version          bigint      not null,
    updated_at       timestamptz not null
);
-- an agency's worklist, by status and due date; an area's, by district or tambon
create index problems_agency on problems (agency, status, due_on, problem_id);
create index problems_district on problems (district_code, status, problem_id);
create index problems_tambon on problems (tambon_code, status, problem_id);
create index problems_household on problems (household_id);

-- The compass activities that answer a problem.
create table problem_activities (
    problem_id  text not null references problems (problem_id),
    plan_id     text not null,
    activity_id text not null,
    primary key (problem_id, plan_id, activity_id)
);

-- The help delivered for a problem; the description is a free-text reference, resolved when shown.
create table problem_help (
    problem_id     text          not null references problems (problem_id),
    stream_version bigint        not null,
    agency         text          not null,
    kind           text          not null,
    amount_thb     numeric(14, 2) not null,
    helped_on      date          not null,
    description    text,
    actor          text          not null,
    actor_role     text          not null,
    primary key (problem_id, stream_version)
);

-- Each agency's feed of changes to its work, numbered without gaps in commit order: the
-- projection takes the agency's next number under its row lock, so a poller that reads
-- "after n" never misses a change committed later with a smaller number.
create table agency_feed_heads (
    agency text primary key,
    last   bigint not null
);
create table agency_feed (
    agency      text        not null,
    seq         bigint      not null,
    problem_id  text        not null,
    event_type  text        not null,
    status      text        not null,
    with_agency boolean     not null,
    occurred_at timestamptz not null,
    primary key (agency, seq)
);
