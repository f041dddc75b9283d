/**
 * The platform's infrastructure that no feature owns: the session store in PostgreSQL (read once per
 * request, written statement by statement, attributes encoded field by field), which lets every node serve
 * anyone. Features do not depend on it; it is here so that accounts holds only accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.percorsi.platform;
