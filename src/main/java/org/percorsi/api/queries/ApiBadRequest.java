package org.percorsi.api.queries;

/** A request the API cannot answer as asked (a cursor it did not give, a limit out of range): a 400 problem. */
public class ApiBadRequest extends RuntimeException {

    private final String kind;

    public ApiBadRequest(String kind) {
        super(kind);
        this.kind = kind;
    }

    /** Names the message {@code api.problem.<kind>}. */
    public String kind() {
        return kind;
    }
}
