-- A report may now be submitted before its cut-off, its figures then running to the day it was
-- submitted, and one submitted after its deadline (the end of the 20th, Thai time) is late: both
-- dates are frozen with the report (MonthlyReportClosed version 2). Reports closed before could
-- only close from the cut-off on, so they covered up to it.
alter table monthly_reports add column covered_through date;
alter table monthly_reports add column deadline timestamptz;

update monthly_reports
set covered_through = make_date(year - 543, month, 20),
    deadline = make_date(year - 543, month, 21)::timestamp at time zone 'Asia/Bangkok';

alter table monthly_reports alter column covered_through set not null;
alter table monthly_reports alter column deadline set not null;

-- During the rolling update the previous version still closes reports, from the cut-off on and
-- without these dates: fill them as above. Expand now; drop this in the next release.
create function monthly_report_dates_of_previous_version() returns trigger language plpgsql as $$
begin
    new.covered_through := coalesce(new.covered_through, make_date(new.year - 543, new.month, 20));
    new.deadline := coalesce(new.deadline, make_date(new.year - 543, new.month, 21)::timestamp at time zone 'Asia/Bangkok');
    return new;
end
$$;

create trigger monthly_report_dates_of_previous_version
    before insert on monthly_reports
    for each row execute function monthly_report_dates_of_previous_version();
