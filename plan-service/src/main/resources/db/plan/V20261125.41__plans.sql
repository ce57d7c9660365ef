-- A closed household that is reopened goes back to the status it had.
alter table plan_households add column status_before_closing text;

-- Read model and decision state of each life-compass plan, written in the transaction that
-- appends its events. `state` is the aggregate as of stream version `version`: a command starts
-- from it instead of folding the stream, so a revision costs the same at the 50th as at the
-- first. `view` is the plan as GET /api/v1/plans/{id} answers it, ready to send: a read is one
-- look-up and no JSON work. The events stay the source of truth: the table is rebuilt by
-- replay, and a row written under another `schema` is ignored and the stream folded instead.
create table plans (
    plan_id        text        primary key,
    household_id   text        not null,
    status         text        not null,     -- DRAFT, AGREED, COMPLETED, CLOSED
    plan_version   int         not null,     -- the content's version: 1 the draft, +1 per revision
    drafted_on     date        not null,
    version        bigint      not null,     -- the stream version (ETag)
    state          jsonb       not null,
    view           text        not null,
    schema         int         not null,     -- the shape of state and view (PlanProjection.SCHEMA)
    updated_at     timestamptz not null default now()
);

-- One open plan per household: a new one only after the last was completed or closed.
create unique index plans_one_open_per_household on plans (household_id) where status in ('DRAFT', 'AGREED');
create index plans_household on plans (household_id, drafted_on);

-- Every version of every plan as it was written, so any version reads in one look-up and two
-- versions can be compared.
create table plan_versions (
    plan_id         text        not null,
    plan_version    int         not null,
    stream_version  bigint      not null,
    kind            text        not null,    -- DRAFTED or REVISED
    reason          text        not null,
    actor           text        not null,
    actor_role      text,
    occurred_at     timestamptz not null,
    changes         jsonb       not null,
    content         jsonb       not null,
    primary key (plan_id, plan_version)
);

-- Help delivered by partner agencies, each delivery once.
create table plan_assistance (
    plan_id         text          not null,
    stream_version  bigint        not null,
    household_id    text          not null,
    agency          text          not null,
    kind            text          not null,
    amount_thb      numeric(14,2) not null check (amount_thb >= 0),
    delivered_on    date          not null,
    activity_id     text,
    description     text,
    actor           text          not null,
    actor_role      text,
    primary key (plan_id, stream_version)
);

-- The household's income, one measurement per month: a later one for the same month replaces it.
create table plan_incomes (
    plan_id                          text          not null,
    month                            date          not null,   -- the first day of the month
    household_id                     text          not null,
    household_members                int           not null,
    monthly_income_thb               numeric(14,2) not null check (monthly_income_thb >= 0),
    monthly_income_per_person_thb    numeric(14,2) not null,
    annualised_income_per_person_thb numeric(14,2) not null,
    sources                          jsonb         not null,
    stream_version                   bigint        not null,
    primary key (plan_id, month)
);
