-- Where a proposal is about: a place in words (always shown) and, optionally, a point on the map.
alter table proposal
    add column place     text,
    add column latitude  numeric(9, 6) check (latitude between -90 and 90),
    add column longitude numeric(9, 6) check (longitude between -180 and 180),
    add check ((latitude is null) = (longitude is null));
