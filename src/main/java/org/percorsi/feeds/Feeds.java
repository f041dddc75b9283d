package org.percorsi.feeds;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.percorsi.meetings.MeetingStatus;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feeds' content: the newest processes, meetings and answers a visitor who is not signed in may see. The
 * reads run as such a visitor whoever asks (a manager's reader signed in on the same browser included), so a
 * feed is the same for everyone and reserved content cannot reach it nor a shared cache.
 */
@Service
@Transactional(readOnly = true)
public class Feeds {

    /** How many of each kind a feed lists: enough for a reader polling daily, small enough to build per request. */
    static final int PER_KIND = 20;

    private static final int SUMMARY_LENGTH = 600;

    private final ProcessesApi processes;
    private final MeetingsApi meetings;
    private final ProposalsApi proposals;
    private final OrganisationApi organisation;
    private final PublicLinks links;
    private final MessageSource messages;

    Feeds(
            ProcessesApi processes,
            MeetingsApi meetings,
            ProposalsApi proposals,
            OrganisationApi organisation,
            PublicLinks links,
            MessageSource messages) {
        this.processes = processes;
        this.meetings = meetings;
        this.proposals = proposals;
        this.organisation = organisation;
        this.links = links;
        this.messages = messages;
    }

    /** What is new across the platform. */
    public AtomFeed platform() {
        return asVisitor(() -> {
            String name = organisation.info().name();
            return new AtomFeed(
                    tag("feed"),
                    t("feeds.platform.title", name),
                    t("feeds.platform.subtitle"),
                    name,
                    links.to("/feed.atom"),
                    links.to("/"),
                    language(),
                    entries(null));
        });
    }

    /** What is new in one process, if a visitor may see it. */
    public Optional<AtomFeed> process(String slug) {
        return asVisitor(() -> processes
                .publicPage(slug)
                .map(process -> new AtomFeed(
                        tag("process/" + process.id() + "/feed"),
                        t("feeds.process.title", process.title()),
                        process.shortDescription(),
                        organisation.info().name(),
                        links.to("/processes/" + process.slug() + "/feed.atom"),
                        links.to("/processes/" + process.slug()),
                        language(),
                        entries(process.id()))));
    }

    private List<AtomFeed.Entry> entries(Long processId) {
        var entries = new ArrayList<AtomFeed.Entry>();
        for (var process : processes.recentlyPublished(processId, PER_KIND)) {
            entries.add(new AtomFeed.Entry(
                    tag("process/" + process.id()),
                    t("feeds.entry.process", process.title()),
                    process.summary(),
                    links.to("/processes/" + process.slug()),
                    process.publishedAt(),
                    process.publishedAt()));
        }
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(TimeConfiguration.ROME);
        for (var meeting : meetings.recentlyScheduled(processId, PER_KIND)) {
            String date = when.format(meeting.startsAt());
            String where = meeting.place() != null
                    ? t("feeds.entry.meetingWhere", date, meeting.place())
                    : meeting.online() ? t("feeds.entry.meetingOnline", date) : t("feeds.entry.meetingWhen", date);
            entries.add(new AtomFeed.Entry(
                    tag("meeting/" + meeting.id()),
                    t(
                            meeting.status() == MeetingStatus.CANCELLED
                                    ? "feeds.entry.meetingCancelled"
                                    : "feeds.entry.meeting",
                            meeting.title()),
                    where + " · " + meeting.processTitle(),
                    links.to("/meetings/" + meeting.id()),
                    meeting.scheduledAt(),
                    meeting.updatedAt()));
        }
        for (var answer : proposals.recentAnswers(processId, PER_KIND)) {
            String decision = t("proposals.state." + answer.decision().name());
            String motivation = answer.motivationHtml() == null
                    ? ""
                    : RichText.plainText(answer.motivationHtml()).strip();
            entries.add(new AtomFeed.Entry(
                    tag("answer/" + answer.answerId()),
                    t("feeds.entry.answer", answer.proposalTitle()),
                    shorten(motivation.isEmpty() ? decision : decision + ". " + motivation, SUMMARY_LENGTH),
                    links.to("/proposals/" + answer.proposalId()),
                    answer.answeredAt(),
                    answer.answeredAt()));
        }
        entries.sort(Comparator.comparing(AtomFeed.Entry::updated).reversed().thenComparing(AtomFeed.Entry::id));
        return entries;
    }

    /**
     * A tag URI (RFC 4151) on the platform's public host: the same thing keeps the same id for as long as the
     * address does, which is what readers need to tell new entries from seen ones.
     */
    private String tag(String specific) {
        String host = URI.create(links.to("/")).getHost();
        return "tag:" + (host == null ? "percorsi" : host) + ",2026:" + specific;
    }

    /** At most {@code max} characters, cut between words, never inside a surrogate pair. */
    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String language() {
        Locale locale = LocaleContextHolder.getLocale();
        return locale.toLanguageTag();
    }

    /** Runs the reads as a visitor who is not signed in, then gives the request its own sign-in back. */
    private static <T> T asVisitor(Supplier<T> read) {
        SecurityContext own = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(own);
        }
    }
}
