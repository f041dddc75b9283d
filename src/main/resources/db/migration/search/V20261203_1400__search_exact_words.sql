-- Search reads Italian: accents are ignored word by word inside two text search
-- configurations (instead of unaccenting whole texts), so the original text can be
-- highlighted with its accents, and a second vector of whole words ranks texts
-- holding the words as typed ("comunità") above texts the stemmer merely merges
-- with them ("Comune").

-- Italian stems, accents ignored: 'comunità', 'comunita' and 'Comune' all give 'comun'.
create text search configuration percorsi_italian (copy = pg_catalog.italian);
alter text search configuration percorsi_italian
    alter mapping for word, hword, hword_part with unaccent, italian_stem;

-- Whole words, accents and case ignored, without Italian stop words: 'comunità' gives 'comunita'.
create text search dictionary percorsi_whole_word (template = pg_catalog.simple, stopwords = italian);
create text search configuration percorsi_words (copy = pg_catalog.simple);
alter text search configuration percorsi_words
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, percorsi_whole_word;

-- The vectors follow title and body by themselves: existing documents are recomputed here.
drop index search_document_tsv_idx;
alter table search_document drop column tsv;
alter table search_document
    add column tsv tsvector generated always as (
        setweight(to_tsvector('percorsi_italian', title), 'A') || setweight(to_tsvector('percorsi_italian', body), 'B')) stored,
    add column words tsvector generated always as (to_tsvector('percorsi_words', title || ' ' || body)) stored;
create index search_document_tsv_idx on search_document using gin (tsv);
-- exact and prefix matches ('comunit' finds 'comunità', 'comunitario')
create index search_document_words_idx on search_document using gin (words);
