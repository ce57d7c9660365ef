-- The projections of household.events, team.events and plan.events, all rebuildable by replay
-- (POST /api/v1/admin/projections/rebuild), and reporting's own monthly reports and analytics.
-- The first slice's tables are replaced: replay the topics once (rebuild) after this migration.
drop table households;
drop table area_counts;
delete from inbox where consumer = 'area-progress';

-- Every event about a household or a carer, across the three topics: the household's timeline
-- (who, when, why) and what every count is folded from. An event about a carer and a household
-- (CarerAssigned) is logged under each. facts holds reporting's own record of the fields it
-- counts (no free text, no personal data); null for an event it only lists.
create table event_log (
    subject_kind   text        not null,  -- HOUSEHOLD, CARER
    subject_id     text        not null,
    event_id       uuid        not null,
    source         text        not null,
    type           text        not null,
    stream_type    text,
    stream_id      text        not null,
    stream_version bigint      not null,
    occurred_at    timestamptz not null,
    actor          text        not null,
    actor_role     text,
    reason         text        not null default '',
    facts          jsonb,
    logged_at      timestamptz not null default now(),  -- lets a rebuild catch up with what came meanwhile
    primary key (subject_kind, subject_id, event_id)
);

-- Each household as reporting last folded it: where it lives (null until it is identified) and
-- where it stands. The timeline's access check reads the area here.
create table households (
    household_id  text primary key,
    province_code text,
    district_code text,
    tambon_code   text,
    village_code  text,
    status        text not null
);

-- Each carer as folded from team.events: their area and how many households they care for.
create table carers (
    carer_id      text primary key,
    area_code     text,
    households    int  not null
);

-- Every measure of every area (village, tambon, district, province, and TH for the country), so
-- a roll-up at any level is one index look-up. A measure is a number of households or carers,
-- or a sum in satang; families carry their key (INCOME_LATEST_BAND:38, ASSISTANCE_SATANG|MONEY|อบต.).
create table area_totals (
    area_code   text   not null,
    measure     text   not null,
    parent_code text,
    value       bigint not null,
    primary key (area_code, measure)
);

create index area_totals_children on area_totals (parent_code);

-- The same measures as changes per day (Asia/Bangkok, from each event's ce_time): a total as of
-- a date is the sum of its changes up to that day, so the as-of filter, the fiscal year and the
-- monthly cut-off are sums over this table. Invariant: area_totals = the sum of all days.
create table area_daily (
    area_code text   not null,
    day       date   not null,
    measure   text   not null,
    delta     bigint not null,
    primary key (area_code, day, measure)
);

-- The monthly reports closed (MonthlyReportClosed in reporting's own event store), frozen.
create table monthly_reports (
    area_code   text        not null,
    year        int         not null,  -- B.E.
    month       int         not null,
    level       text        not null,
    closed_by   text        not null,
    closed_role text,
    closed_at   timestamptz not null,
    reason      text        not null,
    figures     jsonb       not null,
    change      jsonb       not null,
    primary key (area_code, year, month)
);

-- Areas whose progress changed and is not yet published to analytics.area-progress. Marked in
-- the transaction that changes the counts; the relay publishes each area's whole progress and
-- clears the mark, so a busy area is published once per batch, not once per event.
create table area_progress_outbox (
    area_code   text        primary key,
    changed_at  timestamptz,               -- null once published
    published   bigint      not null default 0  -- publications so far: the message's stream version
);

create index area_progress_outbox_pending on area_progress_outbox (changed_at) where changed_at is not null;

create function area_progress_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('area_progress', '');
    return null;
end
$$;

create trigger area_progress_changed
    after insert or update on area_progress_outbox
    for each statement execute function area_progress_notify();
