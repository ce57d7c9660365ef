-- Projections of household-service's events (rebuildable by replaying household.events).

-- One row per household as reporting sees it. Its primary key is also what makes a household
-- count once, even if it were identified twice under different event ids.
create table households (
    household_id  text        primary key,
    status        text        not null,
    source        text        not null,
    province_code text        not null,
    district_code text        not null,
    tambon_code   text        not null,
    village_code  text        not null,
    identified_on date        not null,
    updated_at    timestamptz not null default now()
);

-- Households counted per area and measure, at every level from the village up to the whole
-- country ('TH'), so a roll-up is one index look-up whatever the number of households. The
-- parent is the area tree's (a tambon's district is not always its code's first four digits),
-- so an area's children are one look-up too. A new measure needs no migration.
create table area_counts (
    area_code   text   not null,
    measure     text   not null,
    parent_code text,
    households  bigint not null check (households >= 0),
    primary key (area_code, measure)
);

create index area_counts_children on area_counts (parent_code);
