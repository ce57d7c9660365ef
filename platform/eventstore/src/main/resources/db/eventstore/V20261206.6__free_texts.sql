-- Free text typed about a household (a reason, a visit's notes, a cause's description). Events
-- carry "ft:<text_id>" in its place, never the text: erasing a household's texts (PDPA) then
-- reaches every copy, in this database and on every topic, while the history still reads and
-- replays. Only the owning service reads it (FreeTexts); it is never published.
create table free_texts (
    text_id    uuid        primary key,
    subject_id text        not null,   -- the household the text is about, else its stream
    stream_id  text        not null,
    text       text        not null,
    kept_at    timestamptz not null default now()
);

create index free_texts_subject on free_texts (subject_id);
