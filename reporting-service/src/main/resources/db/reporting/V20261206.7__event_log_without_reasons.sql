-- A reason is free text about a household, kept only by the service that recorded the event
-- (db/eventstore/V20261206.6): reporting neither receives nor shows it any more, and drops
-- what it had logged.
alter table event_log drop column reason;
