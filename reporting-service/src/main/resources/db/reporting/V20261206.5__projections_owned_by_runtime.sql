-- A rebuild writes the projections anew under another name and switches by renaming them
-- (rebuild/ProjectionTables): the service's runtime role owns these tables so that it can, while
-- the history (events, streams) stays the owner's. The owner is a member of the runtime role,
-- so later migrations still alter them.
grant create on schema public to ${runtime_role};
alter table event_log owner to ${runtime_role};
alter table households owner to ${runtime_role};
alter table carers owner to ${runtime_role};
alter table area_totals owner to ${runtime_role};
alter table area_daily owner to ${runtime_role};
