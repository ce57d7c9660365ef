-- An area's households are found by its level's code alone, and no query reads them in household
-- order from these indexes: with the household id in them, each identified household's four
-- entries landed at random places, and a survey import's batch spent most of its time there
-- (ConsumptionBenchmark: three quarters of PostgreSQL's time). Keyed by the code alone, an area's
-- entries share one deduplicated key and a new household's are appended to it.
drop index care_households_province;
drop index care_households_district;
drop index care_households_tambon;
drop index care_households_village;
create index care_households_province on care_households (province_code);
create index care_households_district on care_households (district_code);
create index care_households_tambon on care_households (tambon_code);
create index care_households_village on care_households (village_code);
