-- The area changes of large batches (a survey import's), not yet added to area_totals and
-- area_daily: per household's area path, day and measure, appended without an index to update,
-- and moved into the counters once per interval, rolled up to every level and summed, by
-- PendingAreaChanges. Invariant: the counters plus these rows are the projection's numbers.
create table area_changes_pending (
    province_code text   not null,
    district_code text,
    tambon_code   text,
    village_code  text,
    day           date   not null,
    measure       text   not null,
    delta         bigint not null
);
