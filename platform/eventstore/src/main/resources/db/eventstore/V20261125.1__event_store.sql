-- The event store kernel, the same in every service's database.

-- One row per stream: its type and current version. Appends update it with the version they
-- expect, so two writers racing on one stream serialize on this row and exactly one wins.
create table streams (
    stream_id   text        primary key,
    stream_type text        not null,
    version     bigint      not null check (version > 0),
    updated_at  timestamptz not null default now()
);

-- Append-only: rows are inserted, never updated or deleted.
create table events (
    position       bigint generated always as identity primary key,
    stream_id      text        not null references streams (stream_id),
    stream_type    text        not null,
    version        bigint      not null check (version > 0),
    event_id       uuid        not null unique,
    type           text        not null,
    schema_version int         not null default 1,
    payload        jsonb       not null,
    metadata       jsonb       not null,
    recorded_at    timestamptz not null default now(),
    unique (stream_id, version)
);

create index events_type on events (type);

-- Positions of stored events not yet published to Kafka. Written in the append's transaction,
-- deleted by the relay once Kafka has committed them: the events table itself stays untouched.
create table outbox (
    position bigint primary key references events (position)
);

-- Events a consumer has already handled, written in the same transaction as the handling.
create table inbox (
    consumer   text        not null,
    event_id   uuid        not null,
    handled_at timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Creating requests already answered, by their Idempotency-Key: a retried POST gets the same answer.
create table idempotency_keys (
    idempotency_key text        primary key,
    request_hash    text        not null,
    stream_id       text        not null,
    created_at      timestamptz not null default now()
);

-- Append-only in fact, not only by convention.
create function events_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'events are append-only (% refused)', tg_op;
end
$$;

create trigger events_append_only
    before update or delete on events
    for each statement execute function events_are_immutable();

-- Wakes the relay when a transaction that queued events commits (NOTIFY is delivered at commit).
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end
$$;

create trigger outbox_queued
    after insert on outbox
    for each statement execute function outbox_notify();
