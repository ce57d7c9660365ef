-- The Family Folder's members (personal data, like the head's): how each is related to the head,
-- their age band, and the facts the welfare classification rests on. Events carry only how many.
create table household_members (
    household_id         text    not null,
    position             integer not null,
    relation             text    not null,
    age_band             text    not null,
    disabled             boolean not null,
    bedridden            boolean not null,
    elderly_living_alone boolean not null,
    primary key (household_id, position)
);
