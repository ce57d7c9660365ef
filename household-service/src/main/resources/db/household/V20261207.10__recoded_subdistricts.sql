-- Subdistricts re-coded in the new area data: the read models' codes, mapped once with the
-- kernel's pairs (db/eventstore/V20261207.1). A subdistrict's district was right all along.
select recode_areas_in('households', 'tambon_code', 'village_code');
select recode_areas_in('bmn_imports', 'area_code');
select recode_areas_in('bmn_import_rows', 'village_code');
select recode_areas_in('forums', 'tambon_code', 'village_code');
