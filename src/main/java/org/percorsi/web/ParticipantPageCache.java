package org.percorsi.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.shared.web.FilterOrder;
import org.percorsi.shared.web.PersonalPart;
import org.percorsi.shared.web.PersonalParts;
import org.percorsi.shared.web.SessionVisits;
import org.percorsi.translations.TranslatorWork;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Public pages for signed-in participants, rendered once for all of them and kept like the visitors' pages
 * ({@link AnonymousPageCache}; both keep them in {@link KeptPages}, under keys of their own), with each person's own
 * parts filled in for each request: the token of their forms, their unread notifications, their support of a
 * proposal (see {@link PersonalParts}). So that the busy moments of a process, which signed-in people make, cost
 * the session's read and a few small queries per page instead of a whole rendering.
 *
 * <p>Who shares a page: "everyday participants", signed in with a password, holding no role in any process and
 * no administrator, grouped by their verification level (which decides what they are offered); anyone else
 * (staff, the reserved areas' members) gets pages rendered for themselves. Whether a person holds a role is
 * remembered for a few seconds: someone given a role meanwhile sees the participants' pages (less than they may),
 * never the reverse. A page is kept only if its controller says it is the same for every participant
 * ({@link PersonalParts#sameForEveryParticipant()}); a message after a redirect makes the page the person's own.
 *
 * <p>Runs before Spring Session's filter and Spring Security: it reads the person's session from the store itself
 * (or from {@link KeptSessions}, which keeps it a few seconds), and a kept page is sent with the headers its
 * rendering had, without saving the session but for its last access once a minute (see
 * {@code participantSessionOf}).
 */
@Component
class ParticipantPageCache extends OncePerRequestFilter implements Ordered {

    private static final String SECURITY_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    private static final String CSRF_TOKEN = HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN";
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Who is an everyday participant: a few seconds per person (see the class comment). */
    private final Cache<String, Optional<Audience>> audiences;

    private final KeptPages pages;
    private final PersonalReadTurns turns;
    private final AccountsApi accounts;
    private final ProcessPermissions permissions;
    private final TranslatorWork translators;
    private final LocaleResolver locales;
    private final Map<String, PersonalPart> parts;
    private final String holePrefix;

    private final SessionRepository<? extends Session> sessions;
    private final KeptSessions keptSessions;
    private final CookieSerializer cookies;

    /** An everyday participant: their account and the group whose pages they share. */
    record Audience(long accountId, String group) {}

    ParticipantPageCache(
            KeptPages pages,
            PersonalReadTurns turns,
            AccountsApi accounts,
            ProcessPermissions permissions,
            TranslatorWork translators,
            LocaleResolver locales,
            List<PersonalPart> parts,
            SessionRepository<? extends Session> sessions,
            KeptSessions keptSessions,
            CookieSerializer cookies) {
        this.pages = pages;
        this.turns = turns;
        this.sessions = sessions;
        this.keptSessions = keptSessions;
        this.cookies = cookies;
        this.accounts = accounts;
        this.permissions = permissions;
        this.translators = translators;
        this.locales = locales;
        this.parts = parts.stream().collect(Collectors.toMap(PersonalPart::name, Function.identity()));
        this.audiences = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofSeconds(5))
                .maximumSize(100_000)
                .build();
        byte[] secret = new byte[12];
        RANDOM.nextBytes(secret);
        this.holePrefix = "PRCS" + HexFormat.of().formatHex(secret) + "_";
    }

    @Override
    public int getOrder() {
        return FilterOrder.PARTICIPANTS_PAGE_CACHE;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = pages.enabled() && "GET".equals(request.getMethod()) ? participantSessionOf(request) : null;
        if (session == null) {
            chain.doFilter(request, response);
            return;
        }
        var authentication = session.authentication();
        var token = session.token();
        var audience = audiences.get(authentication.getName(), this::audienceOf).orElse(null);
        var language = locales.resolveLocale(request);
        String pageKey = audience == null ? null : SharedPages.keyOf(request, SharedPages.language(language));
        if (pageKey == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = "participant|" + audience.group() + '|' + pageKey;
        var person = new Person(audience.accountId(), authentication, token, language);
        // a visitors' page under this key cannot be (keys differ), but it is never filled
        pages.serve(
                key,
                page -> page.holes() != null,
                page -> send(page, request, response, person),
                notKeeping -> render(key, request, response, chain, person, notKeeping));
    }

    /** Renders the page for sharing, keeps it if it may be kept (returned, else null), sends it with the person's parts. */
    private SharedPages.Page render(
            String key,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            Person person,
            Runnable notKeeping)
            throws IOException, ServletException {
        long before = pages.generation();
        var rendering = new PersonalParts.Rendering(holePrefix);
        request.setAttribute(PersonalParts.RENDERING, rendering);
        // a page is held whole, however large: its holes are filled before it is sent
        var captured = SharedPages.capture(response, false, notKeeping);
        try {
            chain.doFilter(request, captured);
        } finally {
            request.removeAttribute(PersonalParts.RENDERING);
        }
        String type = captured.getContentType();
        if (captured.passedThrough() || type == null || !type.startsWith("text/html")) {
            // not a page (a redirect, a download): holes are only printed into pages
            captured.copyBodyToResponse();
            return null;
        }
        var page = SharedPages.Page.of(captured).withHoles(holePrefix);
        boolean kept = rendering.shareable() && captured.keepable() && pages.keep(key, page, before);
        // the status and headers are already on the response; the body goes with this person's parts
        turns.inTurn(() -> filled(page, request, person)).writeTo(response.getOutputStream());
        return kept ? page : null;
    }

    private void send(SharedPages.Page page, HttpServletRequest request, HttpServletResponse response, Person person)
            throws IOException {
        var body = turns.inTurn(() -> filled(page, request, person));
        page.writeHead(response, body.length());
        body.writeTo(response.getOutputStream());
    }

    /**
     * The page with the person's own parts, computed as their own request would: signed in, in their language,
     * with their forms' token.
     */
    private PageWithHoles.Filled filled(SharedPages.Page page, HttpServletRequest request, Person person) {
        var holes = page.holes();
        if (holes.holes().isEmpty()) {
            return new PageWithHoles.Filled(new byte[][] {page.body()}, page.body().length);
        }
        var previousAttributes = RequestContextHolder.getRequestAttributes();
        var previousContext = SecurityContextHolder.getContext();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        LocaleContextHolder.setLocale(person.language());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(person.authentication());
        SecurityContextHolder.setContext(context);
        String maskedToken = masked(person.token().getToken());
        // the forms a part renders carry the same token as the page's own forms
        request.setAttribute(
                CsrfToken.class.getName(),
                new DefaultCsrfToken(
                        person.token().getHeaderName(), person.token().getParameterName(), maskedToken));
        try {
            Map<String, Map<String, String>> byPart = new HashMap<>();
            for (var entry : holes.argumentsByPart().entrySet()) {
                if (!entry.getKey().equals("csrf")) {
                    byPart.put(entry.getKey(), part(entry.getKey()).fill(person.accountId(), entry.getValue()));
                }
            }
            return holes.filled((part, argument) ->
                    part.equals("csrf") ? maskedToken : byPart.get(part).getOrDefault(argument, ""));
        } finally {
            SecurityContextHolder.setContext(previousContext);
            LocaleContextHolder.resetLocaleContext();
            RequestContextHolder.setRequestAttributes(previousAttributes);
        }
    }

    private PersonalPart part(String name) {
        var part = parts.get(name);
        if (part == null) {
            throw new IllegalStateException("no personal part named " + name);
        }
        return part;
    }

    /**
     * The session the request's cookie names, if it is an everyday participant's with nothing to show once (no
     * message after a redirect), else null. Kept in memory for a few seconds ({@link KeptSessions}), else read from
     * the store without Spring Session's filter, so that a page served from here costs no save of the session. A
     * session last recorded as used over a minute ago has this visit recorded here, as the filter would (that is as
     * often as it writes the last access): leaving such requests to the filter rendered the whole page for the
     * person once a minute each, the slowest answers of a busy moment.
     */
    private KeptSessions.Kept participantSessionOf(HttpServletRequest request) {
        var now = Instant.now();
        for (String id : cookies.readCookieValues(request)) {
            var kept = keptSessions.get(id, now);
            if (kept != null && !SessionVisits.due(kept.lastAccess(), now)) {
                return kept;
            }
            var read = turns.inTurn(() -> read(sessions, id, now));
            if (read != null) {
                return read.orElse(null);
            }
        }
        return null;
    }

    /** The session of this id from the store (kept if a participant's), or null when the store has none. */
    private <S extends Session> Optional<KeptSessions.Kept> read(SessionRepository<S> store, String id, Instant now) {
        long started = keptSessions.readStarts();
        S session = store.findById(id);
        if (session == null) {
            return null;
        }
        if (SessionVisits.due(session.getLastAccessedTime(), now)) {
            session.setLastAccessedTime(now);
            store.save(session);
        }
        var authentication = passwordSignIn(session);
        if (authentication == null
                || !(session.getAttribute(CSRF_TOKEN) instanceof CsrfToken token)
                || session.getAttribute(FLASH_MAPS) instanceof List<?> messages && !messages.isEmpty()) {
            return Optional.empty();
        }
        var kept = new KeptSessions.Kept(
                id, authentication, token, session.getLastAccessedTime(), session.getMaxInactiveInterval());
        keptSessions.keep(kept, started);
        return Optional.of(kept);
    }

    /** A person signed in with a password (the only sign-in whose session this cache reads), else null. */
    private static UsernamePasswordAuthenticationToken passwordSignIn(Session session) {
        return session.getAttribute(SECURITY_CONTEXT) instanceof SecurityContext context
                        && context.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                        && token.isAuthenticated()
                        && token.getAuthorities().stream().noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))
                ? token
                : null;
    }

    private Optional<Audience> audienceOf(String email) {
        return accounts.byEmail(email)
                .filter(account -> !account.mustChangePassword())
                .filter(account -> !permissions.holdsAnyRole(account.id()))
                // a platform translator holds no role but sees the back office's link
                .filter(account -> !translators.isPlatformTranslator(account.id()))
                .filter(account ->
                        accounts.administratorsAmong(List.of(account.id())).isEmpty())
                .map(account ->
                        new Audience(account.id(), account.verification().name()));
    }

    /**
     * The session's token as Spring Security's default handler prints it in a page: random bytes, then the token
     * xor those bytes, in Base64 (so that the page's bytes never repeat the secret, against BREACH).
     */
    private static String masked(String token) {
        byte[] secret = token.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[secret.length];
        RANDOM.nextBytes(random);
        byte[] combined = new byte[secret.length * 2];
        System.arraycopy(random, 0, combined, 0, random.length);
        for (int i = 0; i < secret.length; i++) {
            combined[secret.length + i] = (byte) (random[i] ^ secret[i]);
        }
        return Base64.getUrlEncoder().encodeToString(combined);
    }

    private record Person(
            long accountId, UsernamePasswordAuthenticationToken authentication, CsrfToken token, Locale language) {}
}
