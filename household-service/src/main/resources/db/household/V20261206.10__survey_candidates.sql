-- Survey rows start as candidates (รอตรวจสอบ) until a forum or a home visit verifies them; a
-- dismissed candidate leaves the funnel like a closed household, so neither blocks a later
-- identification of the same head or house.
alter table households add column dismissal text;

drop index households_open_head;
drop index households_open_house;
create unique index households_open_head on households (head_id_hash) where status not in ('CLOSED', 'DISMISSED');
create unique index households_open_house on households (house_hash)
    where status not in ('CLOSED', 'DISMISSED') and house_hash is not null;

-- survey households never visited were candidates all along: their events now fold to that
update households set status = 'CANDIDATE' where source = 'BMN_SURVEY' and status = 'IDENTIFIED';
