-- Voting windows for the support storm (issue #18), after generate.sql: :rounds processes 'vote-1' … 'vote-N',
-- each with one open phase whose participation allows at most :max supports per person, and :proposals
-- proposals each. One process per storm round, so no round needs the previous one's supports removed.
\set ON_ERROR_STOP on
insert into process (slug, title, short_description, status)
select 'vote-' || r, 'Votazione ' || r || ' (benchmark)', 'Una finestra di voto per misurare i sostegni.', 'PUBLISHED'
from generate_series(1, :rounds) r;
insert into phase (process_id, position, type, title, start_date, end_date)
select id, 0, 'OPENING', 'Votazione', current_date - 1, current_date + 30 from process where slug like 'vote-%';
insert into phase_participation (phase_id, max_supports)
select ph.id, :max from phase ph join process p on p.id = ph.process_id where p.slug like 'vote-%';
insert into proposal (process_id, phase_id, kind, title, body_html, author_id)
select p.id, ph.id, 'PROPOSAL', 'Progetto ' || n || ' da votare', '<p>Un progetto del bilancio partecipativo.</p>',
       (select min(id) from account where email like 'bench%') + n
from process p join phase ph on ph.process_id = p.id, generate_series(1, :proposals) n
where p.slug like 'vote-%';
vacuum analyze proposal;
