-- A rebuild's catch-up reads what the live consumers logged since its replay began, with the live
-- writers paused: without an index that was a scan of the whole log (0.25 s at 2,000,000 events,
-- seconds at national scale). The log is appended in logged_at order, so a BRIN index (a few
-- pages, next to nothing per insert) narrows the scan to the last block ranges.
create index event_log_logged_at on event_log using brin (logged_at);
