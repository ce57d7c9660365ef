-- The effect of the test consumer: one row per handled event (a redelivery must add none).
create table probe_effects (
    event_id  uuid not null,
    stream_id text not null
);
