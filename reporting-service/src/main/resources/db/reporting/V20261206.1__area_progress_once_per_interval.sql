-- An area goes out at most once per reporting.analytics.min-interval, backlog or not: due_at is
-- when its owed message may go out (null when none is owed), not_before the earliest time of its
-- next message. A mark already owed keeps its due time, so a busy area is never put off.
alter table area_progress_outbox add column due_at timestamptz, add column not_before timestamptz;
update area_progress_outbox set due_at = changed_at where changed_at is not null;
drop index area_progress_outbox_pending;
create index area_progress_outbox_due on area_progress_outbox (due_at) where due_at is not null;
