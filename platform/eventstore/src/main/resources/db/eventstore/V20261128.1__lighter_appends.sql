-- Appends write a stream's row before its events, and an event with its outbox entry, in one
-- statement of one transaction, and nothing else writes these tables. The per-row foreign-key
-- checks guarded a path the kernel already keeps, at a tenth of a bulk import's database time;
-- nothing reads events by type, so that index was only written.
alter table events drop constraint events_stream_id_fkey;
alter table outbox drop constraint outbox_position_fkey;
drop index events_type;
