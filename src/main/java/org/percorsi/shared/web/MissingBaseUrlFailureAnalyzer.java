package org.percorsi.shared.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without the public address into one line saying what to set, instead of a stack trace. */
class MissingBaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<PublicLinks.MissingBaseUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublicLinks.MissingBaseUrlException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set PERCORSI_BASE_URL (percorsi.base-url), or run the demo (percorsi.demo.enabled=true) on localhost.",
                cause);
    }
}
