-- The language of an account is the person's choice (the language they registered in, or
-- switched to while signed in); without one, their mails are written in the organisation's
-- default language. Existing accounts keep the language they have.
alter table account alter column language drop not null, alter column language drop default;
