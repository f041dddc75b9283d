-- The count of changes the API has seen, shared by every node: its value is the version stamp the API's ETags are
-- made from (access/ApiChanges), so that every node gives the same ETag for the same data. A sequence, not a row:
-- moving it takes no lock, so changes committing together never wait for one another.
create sequence api_changes as bigint cache 1;

-- taken once, so that the first change moves the count (a new sequence's first value is its last value)
select setval('api_changes', 1);
