-- Subdistricts re-coded in the new area data: the read models' codes, mapped once with the
-- kernel's pairs (db/eventstore/V20261207.1). A subdistrict's district was right all along.
select recode_areas_in('plan_households', 'tambon_code', 'village_code');
select recode_areas_in('plans', 'state');
select recode_areas_in('plan_versions', 'changes', 'content');
select recode_areas_in('problems', 'tambon_code', 'village_code');
select recode_areas_in('agencies', 'area_code');
