-- The service runs as its own runtime role, not as the owner that runs these migrations: an owner
-- may disable the append-only trigger or truncate the history, the runtime role may not.
-- ${runtime_role} is the service's datasource user (META-INF/microprofile-config.properties); the
-- role itself is made by whoever provisions the database (CloudNativePG's managed roles).

grant usage on schema public to ${runtime_role};

-- Read models and the kernel's queues: the service keeps them.
grant select, insert, update, delete, truncate on all tables in schema public to ${runtime_role};
grant usage, select on all sequences in schema public to ${runtime_role};
alter default privileges in schema public grant select, insert, update, delete, truncate on tables to ${runtime_role};
alter default privileges in schema public grant usage, select on sequences to ${runtime_role};

-- The history: read and appended, nothing else. Only the owner can disable a trigger.
revoke update, delete, truncate, references, trigger on events from ${runtime_role};
revoke all on flyway_schema_history from ${runtime_role};

-- TRUNCATE fires no row or statement trigger for DELETE: refuse it in its own.
create trigger events_never_truncated
    before truncate on events
    for each statement execute function events_are_immutable();
