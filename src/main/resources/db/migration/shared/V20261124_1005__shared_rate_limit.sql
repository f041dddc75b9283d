-- Counters of attempts per key (an address, an email) and time window, shared by
-- all app nodes; old windows are purged as new ones are written.
create table rate_limit_window (
    key          varchar(200) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (key, window_start)
);
create index rate_limit_window_start_idx on rate_limit_window (window_start);
