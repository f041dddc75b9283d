package org.percorsi.shared.web;

/** One step of the breadcrumb trail; the last one (the page itself) has no link. */
public record Breadcrumb(String label, String href) {

    public static Breadcrumb here(String label) {
        return new Breadcrumb(label, null);
    }
}
