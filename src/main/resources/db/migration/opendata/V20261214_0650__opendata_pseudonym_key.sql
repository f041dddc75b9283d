-- The secret key of the open data's pseudonyms (an HMAC of an author's account id): one row, made once with
-- the database's strong random source, so that every node gives an author the same pseudonym for ever and
-- nobody without the database can link a pseudonym to an account. A configured key
-- (percorsi.opendata.pseudonym-key) takes its place.
create table opendata_pseudonym_key (
    id  smallint primary key default 1 check (id = 1),
    key bytea    not null check (length(key) >= 32)
);
insert into opendata_pseudonym_key (key)
values (decode(replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), 'hex'));
