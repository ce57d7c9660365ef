-- An event Kafka refused for good (too large for its topic, say), set aside with why, so that the
-- relay goes on with every other stream. The stream's later events wait behind it in
-- outbox_held, in their order, until an operator retries the stream (the admin endpoint), which
-- puts them all back in the outbox.
create table outbox_parked (
    stream_id text        primary key,
    position  bigint      not null,
    reason    text        not null,
    parked_at timestamptz not null default now()
);

create table outbox_held (
    position bigint primary key
);
