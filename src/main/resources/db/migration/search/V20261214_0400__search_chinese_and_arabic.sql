-- Search in every script (issue #19). PostgreSQL's parser takes a run of Chinese (or Japanese, Korean)
-- characters, which has no spaces between words, for a single word: '参与' would not find '市民参与预算'.
-- Such runs are indexed as overlapping pairs of characters, each at its own position ('市民' '民参' '参与'
-- '与预' '预算' and the last character alone, '算'), and a typed run becomes the same pairs as a phrase
-- ('参与' <-> ... consecutive), so a word is found wherever it sits in the text, and only where its
-- characters are next to each other; one character is found as the beginning of a pair.
-- Arabic words carry the article and one-letter prepositions and conjunctions ('والميزانية': and the
-- budget): they are indexed bare ('ميزانية', found by its beginnings too) and by the Arabic stemmer, with
-- the short vowels and the forms of alef normalised. Italian search is unchanged: this is a third vector,
-- next to the Italian stems and the whole words, with its own GIN index.

-- Han (with extension A and compatibility ideographs), kana and hangul; extension B and beyond are rare
-- in Chinese as written today.
create function percorsi_cjk_class() returns text
    language sql immutable parallel safe
    return '[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+';

-- An Arabic letter (with those of Persian and Urdu), short vowel or tatweel.
create function percorsi_arabic_class() returns text
    language sql immutable parallel safe
    return '[\u0621-\u065f\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f]';

-- Without short vowels (harakat), dagger alef and tatweel; hamzated and madda alef as bare alef.
create function percorsi_arabic_normal(word text) returns text
    language sql immutable strict parallel safe
    return translate(regexp_replace(word, '[\u064b-\u065f\u0670\u0640]', '', 'g'), 'أإآٱ', 'اااا');

-- Without a leading conjunction (و, ف), preposition (ب, ك, ل) and article (ال), when a word is left.
create function percorsi_arabic_bare(word text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(percorsi_arabic_normal(word), '^[وف]?(?:[بكل]?ال|لل)(?=..)', '');

-- The pairs of each run, then each Arabic word bare and stemmed (with and without its prefixes).
create function percorsi_script_terms(doc text) returns text
    language sql immutable strict parallel safe
begin atomic
    select concat_ws(' ',
        (select string_agg(substr(m.run[1], i, 2), ' ' order by m.n, i)
         from regexp_matches(doc, percorsi_cjk_class(), 'g') with ordinality as m(run, n),
              generate_series(1, char_length(m.run[1])) as i),
        (select string_agg(concat_ws(' ', percorsi_arabic_bare(w.word[1]),
                                (ts_lexize('arabic_stem', percorsi_arabic_normal(w.word[1])))[1],
                                (ts_lexize('arabic_stem', percorsi_arabic_bare(w.word[1])))[1]), ' ' order by w.n)
         from regexp_matches(doc, percorsi_arabic_class() || '+', 'g') with ordinality as w(word, n)));
end;

-- The typed runs and Arabic words as a query of that vector (all of them, as for the other words), or
-- null when there are none.
create function percorsi_script_query(typed text) returns tsquery
    language sql immutable strict parallel safe
begin atomic
    select to_tsquery('simple', string_agg(part, ' & ' order by kind, n))
    from (select 1 as kind, m.n,
                 case when char_length(m.run[1]) = 1 then '''' || m.run[1] || ''':*'
                      else (select string_agg('''' || substr(m.run[1], i, 2) || '''', ' <-> ' order by i)
                            from generate_series(1, char_length(m.run[1]) - 1) as i) end as part
          from regexp_matches(typed, percorsi_cjk_class(), 'g') with ordinality as m(run, n)
          union all
          select 2, w.n, '(''' || percorsi_arabic_bare(w.word[1]) || ''':*'
                         || coalesce(' | ''' || (ts_lexize('arabic_stem', percorsi_arabic_normal(w.word[1])))[1] || '''', '')
                         || ')'
          from regexp_matches(typed, percorsi_arabic_class() || '+', 'g') with ordinality as w(word, n)) parts;
end;

-- What else was typed (Latin words next to Chinese ones): those words must be in the text as well.
create function percorsi_script_rest(typed text) returns text
    language sql immutable strict parallel safe
    return regexp_replace(regexp_replace(typed, percorsi_cjk_class(), ' ', 'g'), percorsi_arabic_class() || '+', ' ', 'g');

-- A snippet for a text found by its Chinese or Arabic words, escaped like the others: the text around the
-- first of them in the body, with the typed runs and the Arabic words holding a typed word bare marked
-- (they hold letters only: no markup, no entity and no pattern syntax can be in them).
create function percorsi_script_headline(body text, typed text) returns text
    language plpgsql immutable strict parallel safe
as $$
declare
    wanted text := (select string_agg(term, '|' order by char_length(term) desc)
                    from (select m[1] as term from regexp_matches(typed, percorsi_cjk_class(), 'g') as m
                          union all
                          select percorsi_arabic_class() || '*'
                                 -- as written: with or without short vowels, any alef
                                 || replace(regexp_replace(percorsi_arabic_bare(w[1]), '(.)', '\1[\u064b-\u065f\u0670\u0640]*', 'g'),
                                            'ا', '[اأإآٱ]')
                                 || percorsi_arabic_class() || '*'
                          from regexp_matches(typed, percorsi_arabic_class() || '+', 'g') as w) terms);
    found int := greatest(1, regexp_instr(body, wanted));
    start int := greatest(1, found - 40);
    piece text := substr(body, start, 120);
begin
    piece := replace(replace(replace(piece, '&', '&amp;'), '<', '&lt;'), '>', '&gt;');
    return case when start > 1 then '… ' else '' end
        || regexp_replace(piece, '(' || wanted || ')', '<mark>\1</mark>', 'g')
        || case when start + 120 <= char_length(body) then ' …' else '' end;
end
$$;

-- Every existing document is indexed again by the generated column.
alter table search_document
    add column scripts tsvector generated always as (to_tsvector('simple', percorsi_script_terms(title || ' ' || body))) stored;
create index search_document_scripts_idx on search_document using gin (scripts);
