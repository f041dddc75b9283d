package org.percorsi.programming;

/** The municipality's formal answer to a proposal of a process's outcome. */
public enum FormalDecision { ACCEPTED, PARTLY_ACCEPTED, NOT_ACCEPTED, ALREADY_PLANNED }
