package org.percorsi.api.usecases;

/** The name a person gives a new API token, to tell their tokens apart (e.g. "Cruscotto della Regione"). */
public record ApiTokenForm(String name) {

    public static ApiTokenForm empty() {
        return new ApiTokenForm("");
    }
}
