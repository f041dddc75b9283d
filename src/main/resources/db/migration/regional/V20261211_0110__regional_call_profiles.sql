-- The calls shipped as profiles; administrators edit them at /admin/regional/calls. Written once (a code already
-- there is left as the administrators made it).
--
-- What the source documents say is taken as they say it: the 2019 Emilia-Romagna call (seed 003) asks processes
-- to start by 15 January 2020 and to last 10 months; the neighbourhood labs were funded by the 2022 call (seed 004).
-- Everything the documents do not state (extensions, days for the final report and for the ente's act, the
-- contribution line and its cap, the own share, the 2022 call's duration, the Tuscan rules) is a starting value for
-- the administrators to check against the text of the call: no start deadline is invented where none is known.

insert into regional_call (code, name, region, law, start_deadline, max_duration_months, extension_max_count,
                           extension_max_days, final_report_days, ente_act_days, min_own_share_percent,
                           requires_table_from_start, requires_web_page, requires_suspension_act, requires_validation,
                           requires_funder_mention, funder_mention, reminder_days)
values ('er-lr15-2019', 'Bando partecipazione 2019', 'Emilia-Romagna', 'LR 15/2018', date '2020-01-15', 10, 1, 60,
        30, 90, 20.00, true, true, true, true, true,
        'Percorso sostenuto dalla Regione Emilia-Romagna con il bando partecipazione 2019 (LR 15/2018).', 14),
       ('er-lr15-2022', 'Bando Partecipazione 2022', 'Emilia-Romagna', 'LR 15/2018', null, 10, 1, 60,
        30, 90, 20.00, true, true, true, true, true,
        'Percorso sostenuto dalla Regione Emilia-Romagna con il Bando Partecipazione 2022 (LR 15/2018).', 14),
       ('toscana-lr46-2013', 'Sostegno ai processi partecipativi locali', 'Toscana', 'LR 46/2013', null, 6, 1, 60,
        30, 90, 20.00, false, true, false, false, true,
        'Percorso sostenuto dalla Regione Toscana (LR 46/2013).', 14)
on conflict (code) do nothing;

insert into regional_call_line (call_id, position, code, label_it, label_en, cap_eur)
select c.id, l.position, l.code, l.label_it, l.label_en, l.cap
from regional_call c
join (values ('er-lr15-2019', 0, 'ENTI', 'Enti locali e loro unioni', 'Local authorities and their unions', 15000.00),
             ('er-lr15-2022', 0, 'ENTI', 'Enti locali e loro unioni', 'Local authorities and their unions', 15000.00),
             ('toscana-lr46-2013', 0, 'ENTI', 'Enti locali', 'Local authorities', 15000.00))
    as l (call_code, position, code, label_it, label_en, cap) on l.call_code = c.code
on conflict do nothing;

-- LR 15/2018: what the guarantor certifies of a funded process
insert into regional_call_criterion (call_id, position, code, label_it, label_en)
select c.id, q.position, q.code, q.label_it, q.label_en
from regional_call c
join (values
        (0, 'SOCIAL_REACH',
         'Sollecitazione delle realtà sociali, con attenzione alle differenze di genere, abilità, età, lingua e cultura',
         'Reaching the social groups, with attention to differences of gender, ability, age, language and culture'),
        (1, 'LATER_ACTORS', 'Inclusione dei soggetti sociali emersi nel corso del percorso',
         'Inclusion of the social actors who appear during the process'),
        (2, 'EARLY_TABLE', 'Tavolo di Negoziazione costituito fin dalle prime fasi',
         'A negotiation table set up from the first phases'),
        (3, 'DISAGREEMENT', 'Metodi per la mediazione delle eventuali divergenze',
         'Methods for handling disagreement'),
        (4, 'PUBLIC_DOCS', 'Tutta la documentazione pubblicata sulle pagine web del percorso',
         'All documentation public on the process''s web pages'))
    as q (position, code, label_it, label_en) on true
where c.code in ('er-lr15-2019', 'er-lr15-2022')
on conflict do nothing;

insert into regional_call_criterion (call_id, position, code, label_it, label_en)
select c.id, q.position, q.code, q.label_it, q.label_en
from regional_call c
join (values
        (0, 'INCLUSION', 'Inclusione di tutti i punti di vista, con pari opportunità di espressione',
         'Inclusion of every point of view, with equal opportunity to speak'),
        (1, 'DELIBERATION', 'Metodi di discussione che favoriscono il confronto argomentato',
         'Methods of discussion that favour reasoned debate'),
        (2, 'PUBLIC_INFO', 'Informazione pubblica e accessibile lungo tutto il percorso',
         'Public and accessible information throughout the process'))
    as q (position, code, label_it, label_en) on true
where c.code = 'toscana-lr46-2013'
on conflict do nothing;
