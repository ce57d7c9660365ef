-- The facts of each logged event are kept as written (json, not jsonb): nothing queries inside
-- them, and every fold reads them back as text, which jsonb would rebuild row by row.
alter table event_log alter column facts type json using facts::text::json;
