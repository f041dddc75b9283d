-- The interface languages the organisation offers (issue #19): every one by default, Italian always
-- (the bundles' source language, which every missing text falls back to). The default language may
-- now be any of them, as long as it is offered. Tags as in org.percorsi.shared.language.Language.
alter table organisation_settings
    add column offered_languages text[] not null default '{it,en,zh-Hans,ar,ro,sq,ur}'
        check (offered_languages @> '{it}' and offered_languages <@ '{it,en,zh-Hans,ar,ro,sq,ur}'
               and array_position(offered_languages, null) is null),
    alter column default_language type varchar(7),
    drop constraint organisation_settings_default_language_check;
alter table organisation_settings
    add constraint organisation_settings_default_language_offered
        check (default_language = any (offered_languages));
