-- The organisation's code in the Indice delle Pubbliche Amministrazioni (IPA, e.g. c_g999): the publisher's
-- identifier in the open data catalogue (DCAT-AP_IT, dct:identifier of the dcatapit:Agent).
alter table organisation_settings add column ipa_code text check (ipa_code ~ '^[a-z0-9_]{2,20}$');
