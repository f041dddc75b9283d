package org.percorsi.shared.web;

/**
 * A route whose form may carry files over the platform's usual limit per file ({@code
 * percorsi.uploads.max-file-size}), up to the request's limit: its use case checks the size itself and says so
 * on the form, where an oversized file elsewhere gets the 413 page. Declared as a bean by the module that owns
 * the route; {@code pathPattern} is a Spring path pattern ({@code /admin/processes/{id}/documents/{id}/text}).
 */
public record LargeUploadRoute(String pathPattern) {}
