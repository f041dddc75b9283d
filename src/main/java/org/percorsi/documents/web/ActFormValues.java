package org.percorsi.documents.web;

import java.util.List;
import org.percorsi.documents.queries.EnteActQueries.FormItem;
import org.percorsi.documents.usecases.EnteActForm;

/** What the act's form shows: the act as saved (or as typed, after a refusal), and each item's answer. */
public record ActFormValues(EnteActForm act, List<FormItem> items) {}
