-- The order in which the test consumer handled events, for the tests that hold a stream back.
alter table probe_effects add column handled_order bigserial;
