-- Carers belong to step 4 (guideline step 4, item 1): a household awaits a carer once its life
-- compass is agreed (the MOU signed, from plan.events) or once it is classified ก (welfare), not
-- as soon as it is identified. The agreement lives in its own table because plan.events may
-- bring it before household.events brings the household.
alter table care_households add column welfare_on date;

create table care_compasses (
    household_id text primary key,
    agreed_on    date not null
);
