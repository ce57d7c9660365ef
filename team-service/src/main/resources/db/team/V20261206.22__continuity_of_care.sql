-- Continuity of care (seed 000): each carer's visits to the households it cares for, when the next
-- one is due, and the account of the person who is the carer, so "my households" answers from
-- their own token.
alter table carers add column account text;
create unique index carers_one_per_account on carers (account) where account is not null;

alter table care_assignments add column last_visited_on date;
alter table care_assignments add column next_visit_due date;

create table care_visits (
    carer_id       text   not null,
    version        bigint not null,
    household_id   text   not null,
    visited_on     date   not null,
    next_visit_due date   not null,
    primary key (carer_id, version)
);
create index care_visits_by_household on care_visits (household_id, visited_on);
