-- Payloads and metadata are stored as the codec wrote them (json: checked on the way in, kept
-- as text) rather than re-encoded (jsonb): nothing queries inside them, and the relay reads every
-- event back as text, which for jsonb meant rebuilding the text of each one.
alter table events
    alter column payload type json using payload::text::json,
    alter column metadata type json using metadata::text::json;
