-- Step 1 before step 2 (guideline items 7-8): a compass is drafted only once the Family Folder's
-- causes are recorded and the household acknowledged them. Households already followed start
-- without either; a replay of household.events (docs/operations.md) fills them in.
alter table plan_households
    add column causes_recorded     boolean not null default false,
    add column causes_acknowledged boolean not null default false;
