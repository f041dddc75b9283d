-- Issue #19: a person may choose any of the seven languages (the code alone: zh for Simplified Chinese); their
-- mails are written in it.
alter table account drop constraint if exists account_language_check;
alter table account add constraint account_language_check
    check (language in ('it', 'en', 'zh', 'ar', 'ro', 'sq', 'ur'));
