-- Every mail the platform sends, kept as an outbox: written in the same
-- transaction as the change that causes it, then delivered by SMTP (or, with no
-- SMTP server configured, only logged and shown to administrators).
create table mail_message (
    id          bigserial primary key,
    recipient   text        not null,
    subject     text        not null,
    body_text   text        not null,
    status      varchar(10) not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'LOGGED', 'FAILED')),
    attempts    integer     not null default 0,
    last_error  text,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz
);
create index mail_message_queued_idx on mail_message (created_at) where status = 'QUEUED';
create index mail_message_recipient_idx on mail_message (lower(recipient));
