-- Subdistricts re-coded in the new area data: the projections' and closed reports' codes, mapped
-- once with the kernel's pairs (db/eventstore/V20261207.1). A subdistrict's district was right
-- all along, so a district's or province's totals do not change; a subdistrict's and its
-- villages' rows move to the new code.
select recode_areas_in('event_log', 'facts');
select recode_areas_in('households', 'tambon_code', 'village_code');
select recode_areas_in('carers', 'area_code');
select recode_areas_in('area_totals', 'area_code', 'parent_code');
select recode_areas_in('area_daily', 'area_code');
select recode_areas_in('area_progress_outbox', 'area_code');
select recode_areas_in('monthly_reports', 'area_code', 'figures', 'change');
