-- Documents and interventions are translated too (issue #19). A document's paragraph is translated one by one,
-- named by its block key ('block-' and a UUID), so that a changed paragraph alone goes out of date.
alter table content_translation drop constraint content_translation_subject_kind_check;
alter table content_translation add constraint content_translation_subject_kind_check
    check (subject_kind in ('PROCESS', 'PHASE', 'MEETING', 'ANSWER', 'DOCUMENT', 'INTERVENTION'));
alter table content_translation alter column field type varchar(60);
