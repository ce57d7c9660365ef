-- One index for finding households at every area level, instead of one per level: lists run in
-- area order (province, district, tambon, village, then id), so the same index serves a village
-- and the whole country, and a survey import maintains one area index per household, not four.
drop index households_province;
drop index households_district;
drop index households_tambon;
drop index households_village;
create index households_in_area_order
    on households (province_code, district_code, tambon_code, village_code, household_id);
