-- The area counters are updated over and over (a survey import's fold adds to every village's):
-- room left on each page lets PostgreSQL write the new version beside the old one without a new
-- index entry (a heap-only tuple), which halved the fold's time. area_daily's older days are no
-- longer written, so it keeps less room. Pages written from now on keep it; a rebuild's tables too.
alter table area_totals set (fillfactor = 50);
alter table area_daily set (fillfactor = 70);
