-- Which node runs each scheduled job right now (ShedLock's JDBC provider): a job runs only on the node that
-- holds its row's lock until lock_until. Times are the database's clock in UTC, as the provider writes them,
-- so that the nodes' own clocks never matter.
create table scheduled_job_lock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
