-- Identity as villages live it (issue: several households may share one house registration): the
-- head's national ID decides duplicates; a shared house number is a hint shown to the officer,
-- never a block. A household that graduated, was closed or was dismissed may be identified again
-- as a new case, linked to its earlier one, which the last index finds.
drop index households_open_house;
create index households_by_house on households (house_hash) where house_hash is not null;

drop index households_open_head;
create unique index households_open_head on households (head_id_hash)
    where status not in ('CLOSED', 'DISMISSED', 'GRADUATED');
create index households_earlier_cases on households (head_id_hash, identified_on)
    where status in ('CLOSED', 'DISMISSED', 'GRADUATED');

alter table households add column earlier_case text;
