-- A document may fulfil one of its phase's expected outputs (issue #15): the process page shows the document
-- beside the output it fulfils. The output is the phase's line as the team wrote it.
alter table document add column expected_output text
    check (expected_output is null or length(btrim(expected_output)) between 1 and 500);
