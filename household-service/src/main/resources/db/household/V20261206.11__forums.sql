-- Village forums (เวทีประชาคมหมู่บ้าน) as records of their own: which villages sat, when, and
-- what each decided; the households it decided on are in its ForumHeld event.
create table forums (
    forum_id      text primary key,
    province_code text    not null,
    district_code text    not null,
    tambon_code   text    not null,
    village_code  text    not null,
    held_on       date    not null,
    attendance    integer not null,
    confirmed     integer not null,
    dismissed     integer not null,
    nominated     integer not null
);
create index forums_in_area_order on forums (province_code, district_code, tambon_code, village_code, held_on, forum_id);
