-- Events now carry the data their listeners need (issue #14). Work still pending from before this version
-- holds events in their old form, with an id only: read today, they would miss their title, text and
-- version, and fail on every retry. They are closed here, once. What they would have done is small: the
-- search index keeps the previous text of those few documents until their next change, and the
-- notifications of those few comments and answers are not sent.
-- The table is Spring Modulith's event registry; on a new database it does not exist yet.
do $$
begin
    if to_regclass('event_publication') is not null then
        update event_publication
        set completion_date = now(), status = 'COMPLETED'
        where completion_date is null
          and ((event_type in ('org.percorsi.proposals.ProposalChanged', 'org.percorsi.processes.ProcessChanged',
                               'org.percorsi.proposals.ProposalAnswered', 'org.percorsi.programming.InterventionChanged')
                and serialized_event not like '%"title"%')
               or (event_type = 'org.percorsi.proposals.CommentAdded' and serialized_event not like '%"proposalTitle"%')
               or (event_type = 'org.percorsi.programming.DupImported' and serialized_event not like '%"versionId"%')
               or (event_type = 'org.percorsi.meetings.MeetingChanged' and serialized_event not like '%"content"%'));
    end if;
end
$$;
