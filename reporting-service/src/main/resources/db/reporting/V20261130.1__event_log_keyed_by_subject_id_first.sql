-- The log's key leads with the subject's id: ids are random, so sorting on them (as building the
-- key in a rebuild does) is settled by their first bytes, where a key led by the kind ties on it
-- for nearly every pair of rows. Every look-up gives both the kind and the id.
do $$
declare
    key text := (select conname from pg_constraint where conrelid = 'event_log'::regclass and contype = 'p');
begin
    execute format('alter table event_log drop constraint %I, add constraint event_log_pkey '
                   'primary key (subject_id, subject_kind, event_id)', key);
end
$$;
