-- Translators of a process translate its texts (issue #19); like every role they open its reserved area.
alter table process_role drop constraint process_role_role_check;
alter table process_role add constraint process_role_role_check check (role in
    ('MANAGER', 'FACILITATOR', 'MODERATOR', 'EVALUATOR', 'NEGOTIATION_TABLE', 'MEMBER', 'TRANSLATOR'));

-- A short plain-language summary ("easy-read") shown at the top of the process page.
alter table process add column easy_read text check (length(easy_read) <= 2000);
