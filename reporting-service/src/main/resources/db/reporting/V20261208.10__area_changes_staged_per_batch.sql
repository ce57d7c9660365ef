-- A batch's staged area changes as one row of columns, not a row per change: a survey import's
-- household changes some nine measures in its own village, so a batch staged some 17,000 rows
-- and the fold deleted and summed them one by one (ConsumptionBenchmark: a third of
-- PostgreSQL's time). Element i of every array is one change. What is staged is kept.
create table area_changes_staged (
    provinces text[]   not null,
    districts text[]   not null,
    tambons   text[]   not null,
    villages  text[]   not null,
    days      date[]   not null,
    measures  text[]   not null,
    deltas    bigint[] not null
);

insert into area_changes_staged
select array_agg(province_code), array_agg(district_code), array_agg(tambon_code), array_agg(village_code),
       array_agg(day), array_agg(measure), array_agg(delta)
from area_changes_pending
having count(*) > 0;

drop table area_changes_pending;
alter table area_changes_staged rename to area_changes_pending;
