-- The parts of a mail that let its reader act as the recipient (reset,
-- confirmation, invitation links), marked when the mail is composed: once SMTP
-- has delivered the mail they are removed from the stored copy and forgotten.
alter table mail_message add column secret_parts text[];
