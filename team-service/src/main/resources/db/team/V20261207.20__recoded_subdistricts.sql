-- Subdistricts re-coded in the new area data: the read models' codes, mapped once with the
-- kernel's pairs (db/eventstore/V20261207.1). A subdistrict's district was right all along.
select recode_areas_in('teams', 'tambon_code');
select recode_areas_in('team_members', 'tambon_code', 'village_code');
select recode_areas_in('carers', 'tambon_code', 'village_code');
select recode_areas_in('care_households', 'tambon_code', 'village_code');
select recode_areas_in('care_proposals', 'area_code', 'matches', 'unmatched', 'outcome');
