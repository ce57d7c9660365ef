-- Every command a caller sends with an Idempotency-Key, and the first answer it got. The key is
-- claimed in the command's own transaction, with its events (IdempotentRequest), so a command
-- and its claim commit together or not at all; the answer follows as the response leaves.
-- A refused command leaves no row: its transaction rolled back, so a retry is judged afresh.
create table idempotent_requests (
    caller          text        not null,   -- the token's subject: keys are each caller's own
    idempotency_key text        not null,
    request_hash    text        not null,   -- method, path, query and body: a retry is the same request
    attempt         uuid        not null,   -- the request that claimed the key
    claimed_at      timestamptz not null default now(),
    status          int,                    -- the first answer, once sent
    answer          jsonb,                  -- its headers and body
    primary key (caller, idempotency_key)
);

-- Creations alone kept their keys before; idempotent_requests holds every command's now.
drop table idempotency_keys;
