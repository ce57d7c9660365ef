-- What each area's last AreaProgressUpdated withheld under disclosure control (JSON Pointers; null
-- before any was recorded): an area whose withheld figures change because a neighbour's did is
-- published again with it. Every tambon and village is published once more, so the exact figures
-- published before disclosure control are superseded on the compacted topic.
alter table area_progress_outbox add column withheld jsonb;

update area_progress_outbox set changed_at = clock_timestamp(), due_at = clock_timestamp()
where length(area_code) in (6, 8);
