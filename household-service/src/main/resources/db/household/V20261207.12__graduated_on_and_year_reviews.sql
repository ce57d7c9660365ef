-- When a household left poverty and how many follow-ups it had since: its 6- and 12-month
-- follow-ups are due from it, and a village's yearly review lists the households that graduated
-- in the fiscal year.
alter table households add column graduated_on date, add column follow_ups integer not null default 0;
update households h set graduated_on = (
    select (e.payload::jsonb ->> 'graduatedOn')::date from events e
     where e.stream_id = h.household_id and e.type = 'HouseholdGraduated'
     order by e.version desc limit 1)
 where h.status = 'GRADUATED';
create index households_graduated on households (graduated_on, household_id) where status = 'GRADUATED';

-- Each village's yearly review (เวทีประชาคมทบทวน), one per fiscal year, as its events leave it.
create table year_reviews (
    review_id     text primary key,
    province_code text    not null,
    district_code text    not null,
    tambon_code   text    not null,
    village_code  text    not null,
    fiscal_year   integer not null,
    held_on       date    not null,
    status        text    not null,   -- HELD, APPROVED, RETURNED
    carried_over  integer not null,
    graduated     integer not null,
    left_count    integer not null,
    proposed      integer not null,
    version       bigint  not null
);
create index year_reviews_in_area_order on year_reviews (province_code, district_code, tambon_code, village_code, fiscal_year);
