package org.percorsi.shared.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Pages that every everyday participant sees alike (a process's proposals, a proposal, the search) are rendered
 * once and kept; what belongs to one person in them (their forms' token, their unread notifications, whether
 * they support the proposal) is left in the kept copy as a hole and filled for each request from
 * {@link PersonalPart}s (web's {@code ParticipantPageCache}).
 *
 * <p>While such a copy is rendered, {@link #sharing()} is true: templates print {@link #hole} where they would
 * print something of the person's, and a page is kept only if its controller said it is the same for every
 * participant ({@link #sameForEveryParticipant()}) and nothing said it is not ({@link #onlyForThisPerson()}).
 * A hole carries a secret made at start-up, so that no text a person writes can pose as one.
 */
public final class PersonalParts {

    /** The request attribute under which the cache hands a {@link Rendering} to the page being rendered. */
    public static final String RENDERING = PersonalParts.class.getName() + ".rendering";

    private PersonalParts() {}

    /** What the page being rendered for sharing said about itself. */
    public static final class Rendering {
        private final String holePrefix;
        private boolean sameForEveryParticipant;
        private boolean onlyForThisPerson;

        public Rendering(String holePrefix) {
            this.holePrefix = holePrefix;
        }

        public String holePrefix() {
            return holePrefix;
        }

        /** Whether the page may be kept and shown to every participant of its audience. */
        public boolean shareable() {
            return sameForEveryParticipant && !onlyForThisPerson;
        }
    }

    /** Whether the page being rendered is a copy for every participant (personal bits become holes). */
    public static boolean sharing() {
        return rendering() != null;
    }

    /**
     * Where the person's own {@code part} goes (filled by the {@link PersonalPart} of that name); the argument
     * tells which one (a proposal's id). Names and arguments: letters, digits and dots.
     */
    public static String hole(String part, Object argument) {
        var rendering = rendering();
        if (rendering == null) {
            throw new IllegalStateException("holes are only for pages rendered for sharing");
        }
        return rendering.holePrefix + part + '_' + argument + '_';
    }

    /** Said by a controller whose page shows the same to every participant of an audience, holes apart. */
    public static void sameForEveryParticipant() {
        var rendering = rendering();
        if (rendering != null) {
            rendering.sameForEveryParticipant = true;
        }
    }

    /** Said by whatever prints something of the person's without a hole (a message after a redirect). */
    public static void onlyForThisPerson() {
        var rendering = rendering();
        if (rendering != null) {
            rendering.onlyForThisPerson = true;
        }
    }

    private static Rendering rendering() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null
                ? null
                : request.getAttribute(RENDERING, RequestAttributes.SCOPE_REQUEST) instanceof Rendering r ? r : null;
    }
}
