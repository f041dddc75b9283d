package org.percorsi.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.ToLongFunction;
import org.percorsi.mail.MailApi;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.proposals.ProposalsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The platform's own gauges: backlogs operators watch (mail waiting in the outbox, background work still
 * incomplete) and totals of participation, whose increase over time gives the rates (proposals, supports,
 * comments, registrations per hour). Read by query from their modules' APIs, all together at most once per
 * {@code percorsi.metrics.refresh} whatever the number of scrapers. With the database out of reach they read
 * NaN, not the last known figure.
 */
@Component
class PlatformMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(PlatformMetrics.class);

    /** The figures of one reading. */
    record Snapshot(
            long proposals,
            long supports,
            long comments,
            long registrations,
            long mailQueued,
            long incompleteWork,
            long readAtNanos) {}

    private final ProposalsApi proposals;
    private final MeetingsApi meetings;
    private final MailApi mail;
    private final JdbcClient jdbc;
    private final long refreshNanos;
    private Snapshot last;

    PlatformMetrics(
            ProposalsApi proposals,
            MeetingsApi meetings,
            MailApi mail,
            JdbcClient jdbc,
            @Value("${percorsi.metrics.refresh:15s}") Duration refresh) {
        this.proposals = proposals;
        this.meetings = meetings;
        this.mail = mail;
        this.jdbc = jdbc;
        this.refreshNanos = refresh.toNanos();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "percorsi.proposals", "Needs, ideas and proposals brought to processes", Snapshot::proposals);
        gauge(registry, "percorsi.proposal.supports", "Supports given to proposals", Snapshot::supports);
        gauge(
                registry,
                "percorsi.proposal.comments",
                "Comments on proposals, hidden ones left out",
                Snapshot::comments);
        gauge(
                registry,
                "percorsi.meeting.registrations",
                "Registrations for meetings, confirmed or waiting",
                Snapshot::registrations);
        gauge(
                registry,
                "percorsi.mail.outbox.queued",
                "Mails waiting in the outbox for delivery",
                Snapshot::mailQueued);
        gauge(
                registry,
                "percorsi.events.incomplete",
                "Background work after changes not yet completed (event publications)",
                Snapshot::incompleteWork);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<Snapshot> figure) {
        Gauge.builder(name, this, metrics -> {
                    Snapshot snapshot = metrics.current();
                    return snapshot == null ? Double.NaN : figure.applyAsLong(snapshot);
                })
                .description(description)
                .register(registry);
    }

    /** The latest reading, read again when older than the refresh interval; null when the database failed. */
    synchronized Snapshot current() {
        if (last != null && System.nanoTime() - last.readAtNanos() < refreshNanos) {
            return last;
        }
        try {
            var totals = proposals.totals();
            last = new Snapshot(
                    totals.proposals(),
                    totals.supports(),
                    totals.comments(),
                    meetings.registrationCount(),
                    mail.queuedCount(),
                    incompleteWork(),
                    System.nanoTime());
            return last;
        } catch (RuntimeException unreachable) {
            log.debug("Platform metrics not read: {}", unreachable.toString());
            last = null;
            return null;
        }
    }

    /** Spring Modulith's registry of event publications has no owner module: it is the platform's. */
    private long incompleteWork() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
    }
}
