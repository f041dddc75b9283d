-- A long document in consultation for the benchmark (bench/documents.sh): one public process; a theme document
-- whose version 1 (closed) has 500 paragraphs under 120 headings (20 chapters of 5 sections), and version 2 (open
-- for public consultation) with the same keys, about 10 % of its paragraphs changed word by word, some removed and
-- some added; 5,000 comments on version 2 (a fifth on a quoted passage, a few hidden) and 300 amendments, by 500
-- participants; version 1's consultation with comments and amendments, 10 of them accepted into version 2. Written
-- as the platform stores it (DocumentStore, ConsultationStore): blocks inserted while their version is a draft,
-- then the version leaves draft and is frozen by the database.
\set ON_ERROR_STOP on
set client_encoding = 'UTF8';
insert into process (slug, title, short_description, status)
values ('docbench', 'Piano del verde urbano (benchmark)', 'Un lungo documento in consultazione.', 'PUBLISHED');
insert into phase (process_id, position, type, title, start_date, end_date)
select id, 0, 'OPENING', 'Consultazione', current_date - 30, current_date + 60 from process where slug = 'docbench';

insert into account (email, nickname, password_hash, verification)
select 'bench' || n || '@example.org', 'Partecipante ' || n, '{noop}bench-password-123', 'EMAIL_CONFIRMED'
from generate_series(1, 500) n;

-- twenty proposals the paragraphs cite
insert into proposal (process_id, phase_id, kind, title, body_html, author_id)
select p.id, ph.id, 'PROPOSAL', 'Proposta ' || n || ' per il verde del quartiere', '<p>Testo della proposta ' || n || '.</p>',
       (select min(id) from account where email like 'bench%') + n
from process p join phase ph on ph.process_id = p.id, generate_series(1, 20) n where p.slug = 'docbench';

-- prose of n words drawn from an Italian vocabulary by a hash of the seed (the same text on every run), with the
-- typographic apostrophes of a text written in a word processor (dell’area)
create function pg_temp.prosa(seed text, n bigint) returns text language sql immutable as $$
  with vocabolario as (select array['il','la','dei','delle','per','con','nel','sulla','tra','verso','quartiere',
    'parco','alberi','giardini','piazza','scuola','cittadini','comune','servizi','percorso','proposta','spazi',
    'pubblici','manutenzione','ombra','acqua','piste','ciclabili','pedoni','bambini','anziani','associazioni',
    'progetto','risorse','bilancio','interventi','aree','verdi','cortili','orti','condivisi','partecipazione',
    'consultazione','obiettivo','priorità','sicurezza','illuminazione','panchine','fontane','sentieri','viali',
    'filari','potatura','irrigazione','biodiversità','impollinatori','siepi','prati','fioriture','stagione',
    'estate','calore','isola','urbana','mitigazione','clima','comunità','volontari','cura','adozione','regolamento',
    'patto','collaborazione','monitoraggio','indicatori','tempi','fasi','realizzazione','costi','finanziamento',
    'quartieri','periferia','centro','storico','mercato','biblioteca','ludoteca','campo','sportivo','accessibile',
    'barriere','architettoniche','rete','connessione','corridoio','ecologico','fiume','argine','lungofiume',
    'dell’area','l’acqua','un’altra','nell’ambito','all’aperto','dall’amministrazione'] as w)
  select string_agg(case when i % 14 = 1 then initcap(w[1 + abs(hashtext(seed || ':' || i)) % array_length(w, 1)])
                         else w[1 + abs(hashtext(seed || ':' || i)) % array_length(w, 1)] end
                    || case when i % 14 = 0 or i = n then '.' when i % 6 = 0 then ',' else '' end, ' ' order by i)
  from vocabolario, generate_series(1, n) i
$$;

insert into document (process_id, phase_id, kind, title)
select p.id, ph.id, 'THEME_DOCUMENT', 'Piano del verde urbano: documento di tema'
from process p join phase ph on ph.process_id = p.id where p.slug = 'docbench';

-- version 1: chapter c (heading 1), its sections s (heading 2), each with 5 paragraphs of 12 to 160 words
create temp table b1 as
select row_number() over (order by c, s, p) - 1 as position, gen_random_uuid() as block_key,
       case when p = 0 then 'HEADING' else 'PARAGRAPH' end as kind,
       case when p > 0 then null when s = 0 then 1 else 2 end as level,
       case when p > 0 then pg_temp.prosa('p' || c || '.' || s || '.' || p, 12 + abs(hashtext('len' || c || s || p)) % 149)
            when s = 0 then 'Capitolo ' || c || ': ' || initcap(pg_temp.prosa('h' || c, 4))
            else c || '.' || s || ' ' || initcap(pg_temp.prosa('h' || c || '.' || s, 3)) end as text
from generate_series(1, 20) c, generate_series(0, 5) s, generate_series(0, 5) p
where (s = 0 and p = 0) or s > 0;

-- version 2: the same keys; ~10 % of the paragraphs with every 9th word replaced, ~2 % removed, ~2 % added after
create temp table b2 as
with kept as (
  select position, 0 as sub, block_key, kind, level,
         case when kind = 'PARAGRAPH' and abs(hashtext('chg' || position)) % 10 = 0 then
           (select string_agg(case when i % 9 = 4 then 'rinnovato' else w end, ' ' order by i)
            from unnest(string_to_array(text, ' ')) with ordinality as t(w, i))
         else text end as text
  from b1 where not (kind = 'PARAGRAPH' and abs(hashtext('del' || position)) % 50 = 1)
  union all
  select position, 1, gen_random_uuid(), 'PARAGRAPH', null, pg_temp.prosa('new' || position, 20 + position % 80)
  from b1 where kind = 'PARAGRAPH' and abs(hashtext('add' || position)) % 50 = 2)
select row_number() over (order by position, sub) - 1 as position, block_key, kind, level, text from kept;

-- a version is written as a draft (blocks and Markdown), then leaves draft
create function pg_temp.add_version(number integer, blocks regclass) returns bigint language plpgsql as $$
declare
  version bigint;
begin
  execute format($q$
    insert into document_version (document_id, number, source_markdown)
    select (select id from document where title like 'Piano del verde%%'), %s,
           string_agg(case when kind = 'HEADING' then repeat('#', level) || ' ' || text else text end, e'\n\n' order by position)
    from %s returning id$q$, number, blocks) into version;
  execute format($q$
    insert into document_block (version_id, position, block_key, kind, level, html, plain)
    select %s, position, block_key, kind, level, case when kind = 'HEADING' then text else '<p>' || text || '</p>' end, text
    from %s$q$, version, blocks);
  return version;
end $$;

select pg_temp.add_version(1, 'b1') as v1 \gset
update document_version set state = 'CLOSED', visibility = 'PUBLIC', consultation_from = current_date - 60,
  consultation_to = current_date - 31 where id = :v1;
select pg_temp.add_version(2, 'b2') as v2 \gset
update document_version set changelog = 'Revisione dopo la prima consultazione.' where id = :v2;
-- fifty paragraphs of version 2 cite the proposals (while it is a draft: citations are frozen with it)
insert into document_citation (version_id, block_key, source_kind, proposal_id)
select :v2, b.block_key, 'PROPOSAL', (select min(id) from proposal where title like 'Proposta % per il verde%') + b.position % 20
from document_block b where b.version_id = :v2 and b.kind = 'PARAGRAPH' and b.position % 12 = 5;
update document_version set state = 'CONSULTATION', visibility = 'PUBLIC', consultation_from = current_date - 10,
  consultation_to = current_date + 20 where id = :v2;

create temp table participants as select min(id) as first from account where email like 'bench%';
create temp table p2 as
select row_number() over (order by position) - 1 as i, block_key, plain from document_block
where version_id = :v2 and kind = 'PARAGRAPH';
create temp table p1 as
select row_number() over (order by position) - 1 as i, block_key, plain from document_block
where version_id = :v1 and kind = 'PARAGRAPH';

-- version 1's consultation: 400 comments, 30 amendments (10 accepted into version 2, 10 rejected, 10 pending)
insert into document_comment (version_id, block_key, author_id, body, created_at)
select :v1, p.block_key, a.first + n % 500, 'Osservazione ' || n || ': ' || pg_temp.prosa('c1.' || n, 10 + n % 40),
       now() - interval '40 days' + (n || ' minutes')::interval
from generate_series(1, 400) n join p1 p on p.i = (n * 37) % 500, participants a;
insert into document_amendment (version_id, block_key, author_id, replacement, reason, state, answer, decided_at,
                                accepted_into)
select :v1, p.block_key, a.first + n * 7, pg_temp.prosa('a1.' || n, 30), 'Per chiarezza: ' || pg_temp.prosa('r1.' || n, 12),
       (array['ACCEPTED', 'REJECTED', 'PENDING'])[1 + n % 3],
       case when n % 3 = 1 then 'Non coerente con il piano: ' || pg_temp.prosa('x' || n, 8) end,
       case when n % 3 < 2 then now() - interval '30 days' end,
       case when n % 3 = 0 then :v2 end
from generate_series(1, 30) n join p1 p on p.i = (n * 53) % 500, participants a;

-- version 2's consultation: 5,000 comments on its paragraphs, the first ones the most discussed; one in five on
-- a quoted passage (its text and offsets in the paragraph's plain text); one in a hundred hidden by moderators
insert into document_comment (version_id, block_key, author_id, body, quote, quote_start, quote_end, hidden, created_at)
select :v2, p.block_key, a.first + n % 500, 'Commento ' || n || ': ' || pg_temp.prosa('c2.' || n, 8 + n % 60),
       q.quote, q.start, q.start + length(q.quote), n % 100 = 0, now() - interval '9 days' + (n || ' minutes')::interval
from generate_series(1, 5000) n
join p2 p on p.i = floor((select count(*) from p2) * power(abs(hashtext('k' || n)) % 1000 / 1000.0, 2))
cross join participants a
cross join lateral (select abs(hashtext('s' || n)) % greatest(length(p.plain) - 40, 1) as start) s
cross join lateral (select case when n % 5 = 0 then substr(p.plain, s.start + 1, 40) end as quote,
                           case when n % 5 = 0 then s.start end as start) q;
insert into document_amendment (version_id, block_key, author_id, replacement, reason, state, answer, decided_at)
select :v2, p.block_key, a.first + (n * 13) % 500, pg_temp.prosa('a2.' || n, 20 + n % 50),
       'Motivazione: ' || pg_temp.prosa('r2.' || n, 15), case when n % 6 = 0 then 'REJECTED' else 'PENDING' end,
       case when n % 6 = 0 then 'Già previsto altrove: ' || pg_temp.prosa('y' || n, 8) end,
       case when n % 6 = 0 then now() - interval '1 day' end
from generate_series(1, 300) n join p2 p on p.i = (n * 31) % (select count(*) from p2), participants a;

insert into document_follower (document_id, account_id)
select d.id, a.first + n from document d, participants a, generate_series(0, 99) n where d.title like 'Piano del verde%';

vacuum analyze;
checkpoint;
