package org.percorsi.api.queries;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A page of a list: its items and the links to itself and to the next page, when there is one. */
public record ApiList<T>(
        List<T> items, @JsonProperty("_links") Map<String, Link> links) {}
