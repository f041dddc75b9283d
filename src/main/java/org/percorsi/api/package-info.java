/**
 * The read-only REST API under {@code /api/v1/}: processes with their phases, meetings, proposals with their
 * answers, documents' versions with their paragraphs, interventions with their funding, as JSON with links
 * between them (on the configured public address), cursor pagination, ETag and conditional requests, CORS for
 * reads, a rate limit per client and errors as RFC 9457 problems; described by OpenAPI 3.1 at
 * {@code /api/v1/openapi.json} with its documentation page at {@code /docs/api}.
 *
 * <p>Who sees what is decided in one place, {@code access/ApiCaller}: without a token a caller sees what a visitor
 * sees; a manager's API token (created and revoked at {@code /account/api-tokens}, stored as a SHA-256 hash) adds
 * the reserved content of the processes its owner manages, asked of {@code processes}. Every read goes through
 * the source modules' {@code …ForApi} queries, which take that area and paginate in SQL. The API is stateless:
 * no session, no cookie, no CSRF (it only reads).
 *
 * <p>Where to look: the routes in {@code web/ApiController} (thin: one query class per resource in
 * {@code queries/}); what every request goes through (CORS, methods, token, rate limit, the 304) in
 * {@code access/ApiRequests}; problems in {@code web/ApiProblems}; tokens in {@code usecases/CreateApiToken},
 * {@code usecases/RevokeApiToken} and {@code web/ApiTokensController}. Tests: {@code src/test/java/org/percorsi/api/}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "REST API",
        allowedDependencies = {"processes", "proposals", "meetings", "documents", "programming", "accounts", "shared"})
package org.percorsi.api;
