-- A small process for the durability run: 50 proposals, 200 participants (bench1..bench200), no supports.
\set ON_ERROR_STOP on
insert into process (slug, title, short_description, status)
values ('durability', 'Durabilità (benchmark)', 'Un percorso per contare le adesioni dopo un crash.', 'PUBLISHED');
insert into phase (process_id, position, type, title, start_date, end_date)
select id, 0, 'OPENING', 'Raccolta', current_date - 30, current_date + 60 from process where slug = 'durability';

insert into account (email, nickname, password_hash, verification)
select 'bench' || n || '@example.org', 'Partecipante ' || n, '{noop}bench-password-123', 'EMAIL_CONFIRMED'
from generate_series(1, 200) n;

insert into proposal (process_id, phase_id, kind, title, body_html, author_id)
select p.id, ph.id, 'IDEA', 'Proposta ' || n, '<p>Testo della proposta ' || n || '.</p>',
       (select min(id) from account where email like 'bench%')
from process p join phase ph on ph.process_id = p.id, generate_series(1, 50) n
where p.slug = 'durability';
