/**
 * Metrics for operators, in Prometheus's text format at {@code /actuator/prometheus} on the management port
 * ({@code percorsi.management.port}, a connector of its own that serves nothing else) and never on the public
 * one: requests (rates and latencies by route template, never by address), the connection pool, background
 * work still incomplete (Spring Modulith's event publications), the mail outbox's backlog, and totals of what
 * participants bring (proposals, supports, comments, meeting registrations), read from their modules' APIs and
 * kept a few seconds so scrapes cost little. No metric carries a person, an id or an address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Metrics")
package org.percorsi.metrics;
