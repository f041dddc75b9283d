package org.percorsi.api.web;

/** One operation of the API, as its documentation page lists it. */
public record ApiOperation(String method, String path, String summary) {}
