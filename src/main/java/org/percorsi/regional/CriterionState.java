package org.percorsi.regional;

/** The manager's judgement on a quality criterion of the call, from the evidence. */
public enum CriterionState {
    MET,
    PARTLY,
    NOT_MET,
    NOT_APPLICABLE
}
