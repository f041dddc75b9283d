-- A large process for the benchmark: 30,000 proposals, 300,000 supports,
-- 100,000 comments (1,000 of them on one proposal), 1,000 participants.
\set ON_ERROR_STOP on
insert into process (slug, title, short_description, status)
values ('bench', 'Bilancio partecipativo (benchmark)', 'Un grande percorso per misurare la piattaforma.', 'PUBLISHED');
insert into phase (process_id, position, type, title, start_date, end_date)
select id, 0, 'OPENING', 'Raccolta', current_date - 30, current_date + 60 from process where slug = 'bench';

insert into account (email, nickname, password_hash, verification)
select 'bench' || n || '@example.org', 'Partecipante ' || n, '{noop}bench-password-123', 'EMAIL_CONFIRMED'
from generate_series(1, 1000) n;

insert into proposal (process_id, phase_id, kind, title, body_html, author_id, created_at)
select p.id, ph.id, (array['NEED','IDEA','PROPOSAL'])[1 + n % 3],
       'Proposta ' || n || ' su ' || (array['parchi','biciclette','scuole','illuminazione','mercati','biblioteche'])[1 + n % 6],
       '<p>Testo della proposta numero ' || n || ' con qualche parola in più su quartieri, servizi e spazi pubblici.</p>',
       (select min(id) from account where email like 'bench%') + (n % 1000), now() - (n || ' minutes')::interval
from process p join phase ph on ph.process_id = p.id, generate_series(1, 30000) n
where p.slug = 'bench';

-- ten supports for each proposal, from ten different participants (triggers keep the counters)
insert into proposal_support (proposal_id, account_id)
select pr.id, a.first + ((pr.id + k * 97) % 1000)
from proposal pr join process p on p.id = pr.process_id and p.slug = 'bench',
     (select min(id) as first from account where email like 'bench%') a, generate_series(0, 9) k;

-- 99,000 comments spread over proposals, 1,000 on the first one
insert into proposal_comment (proposal_id, author_id, stance, body_html)
select pr.id, a.first + (n % 1000), 'NEUTRAL', '<p>Commento ' || n || '</p>'
from (select pr.id, row_number() over (order by pr.id) as rn from proposal pr join process p on p.id = pr.process_id
      where p.slug = 'bench') pr
     join generate_series(1, 99000) n on pr.rn = 1 + (n % 30000),
     (select min(id) as first from account where email like 'bench%') a;
insert into proposal_comment (proposal_id, author_id, stance, body_html)
select (select min(pr.id) from proposal pr join process p on p.id = pr.process_id where p.slug = 'bench'),
       a.first + (n % 1000), 'FOR', '<p>Commento sulla proposta molto discussa ' || n || '</p>'
from generate_series(1, 1000) n, (select min(id) as first from account where email like 'bench%') a;

-- the search index, as the platform would have built it
-- (its word vectors are generated columns, computed by the database from title and body)
insert into search_document (kind, ref_id, process_id, phase_id, title, body, url)
select 'PROPOSAL', pr.id, pr.process_id, pr.phase_id, pr.title, 'Testo della proposta numero ' || pr.id,
       '/proposals/' || pr.id
from proposal pr join process p on p.id = pr.process_id where p.slug = 'bench';
-- autovacuum would have cleaned up behind the counter updates by now
vacuum analyze;
-- write the bulk load out now rather than during the measurements
checkpoint;
