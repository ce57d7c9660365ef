-- A consumer's events of one stream held back after one of them failed for good (it went to the
-- dead-letter topic with its reason), so that the household's later events never overtake it.
-- An operator replays them, in order, once the cause is fixed.
create table inbox_held (
    consumer  text        not null,
    stream_id text        not null,
    seq       bigserial,
    event_id  uuid        not null,
    topic     text        not null,
    value     text        not null,
    headers   jsonb       not null,
    reason    text,
    held_at   timestamptz not null default now(),
    primary key (consumer, stream_id, seq)
);
