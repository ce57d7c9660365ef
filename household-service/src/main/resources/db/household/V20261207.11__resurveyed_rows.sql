-- A later survey round's row for a household already in the programme updates its facts
-- (HouseholdResurveyed) instead of being dropped as a duplicate; the job counts those rows.
alter table bmn_imports add column resurveyed int not null default 0;
