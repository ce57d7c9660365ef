-- Monthly incomes plan-service measured (IncomeRecorded), for the graduation rule. A month
-- measured again replaces the earlier measurement. Rebuilt from plan.events by replay.
create table household_incomes (
    household_id                    text          not null,
    month                           date          not null,  -- the first day of the month
    fiscal_year                     int           not null,  -- B.E.
    annualised_income_per_person    numeric(12,2) not null,
    recorded_at                     timestamptz   not null default now(),
    primary key (household_id, month)
);
