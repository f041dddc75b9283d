package org.percorsi.stakeholders.web;

/** The organisation already in the registry that a refused form would duplicate: the page links to it. */
public record AlreadyThere(long id, String name) {}
