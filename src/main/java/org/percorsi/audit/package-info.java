/**
 * The audit log: administrative actions (every change made through the back
 * office and account pages) and sign-ins, with who, what, when and from where,
 * browsable and filterable by administrators. It observes requests and security
 * events; no feature calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.percorsi.audit;
