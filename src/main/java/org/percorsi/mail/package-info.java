/**
 * Mail the platform sends to people (confirmations, resets, notices). Each
 * message is written to an outbox in the same transaction as the change that
 * causes it, then delivered by SMTP; with no SMTP server configured (the demo)
 * it is only logged and shown to administrators in the back office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.percorsi.mail;
