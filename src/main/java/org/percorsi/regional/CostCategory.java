package org.percorsi.regional;

/** The categories of cost the calls ask for. */
public enum CostCategory {
    DESIGN,
    FACILITATION,
    COMMUNICATION,
    TRAINING,
    OTHER
}
