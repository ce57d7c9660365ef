-- The trace a queued event belongs to: the W3C trace context (traceparent, tracestate) of the span
-- that appended it, a command's request or a consumer's batch. The relay publishes the event under
-- a span of that trace and sends that span's context in the record's traceparent header, so the
-- consumers continue the command's trace. Null when nothing was traced (tracing off, an import's
-- loop); an event held behind a parked one keeps its context until it is queued again.
alter table outbox add column traceparent text, add column tracestate text;
alter table outbox_held add column traceparent text, add column tracestate text;
