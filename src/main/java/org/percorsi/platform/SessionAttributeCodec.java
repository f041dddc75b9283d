package org.percorsi.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;

/**
 * How session attributes are turned into bytes for PostgreSQL and back.
 *
 * <p>Why: every request of a signed-in person reads their security context, the messages waiting to be
 * shown after a redirect and, for a form, their CSRF token; Java serialization spent most of its time there
 * describing classes (a 1.6 KB stream of ten classes for a name, two authorities and an address). These
 * are written field by field instead; anything else (sign-ins through OpenID Connect, saved requests,
 * messages carrying more than text) keeps Java serialization, and so do attributes stored before this
 * codec: each value says which way it was written.
 */
final class SessionAttributeCodec {

    /** Never the first byte of Java serialization (0xAC). */
    private static final byte MARK = 'P';

    private static final byte SECURITY_CONTEXT = 1;
    private static final byte CSRF_TOKEN = 2;
    private static final byte FLASH_MAPS = 3;
    /** Text the session's read query computes itself (never written by the platform): read as a String. */
    private static final byte DATABASE_TEXT = 4;

    private static final byte SIMPLE = 0;
    private static final byte FACTOR = 1;

    private static final SerializingConverter JAVA_OUT = new SerializingConverter();
    private static final DeserializingConverter JAVA_IN =
            new DeserializingConverter(SessionAttributeCodec.class.getClassLoader());

    private SessionAttributeCodec() {}

    /** SQL making {@code text} an attribute value that {@link #read} returns as that text. */
    static String databaseText(String text) {
        return "'\\x50" + "%02x".formatted(DATABASE_TEXT) + "'::bytea || convert_to(" + text + ", 'UTF8')";
    }

    /** The conversion service Spring Session uses for attributes (bean "springSessionConversionService"). */
    static GenericConversionService conversionService() {
        var service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, SessionAttributeCodec::write);
        service.addConverter(byte[].class, Object.class, SessionAttributeCodec::read);
        return service;
    }

    static byte[] write(Object value) {
        try {
            if (value instanceof SecurityContextImpl context && writable(context)) {
                return compact(SECURITY_CONTEXT, out -> securityContext(out, context));
            }
            if (value instanceof ArrayList<?> list && list.getClass() == ArrayList.class && writableFlashMaps(list)) {
                return compact(FLASH_MAPS, out -> flashMaps(out, list));
            }
            if (value instanceof DefaultCsrfToken token) {
                return compact(CSRF_TOKEN, out -> {
                    out.writeUTF(token.getHeaderName());
                    out.writeUTF(token.getParameterName());
                    out.writeUTF(token.getToken());
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JAVA_OUT.convert(value);
    }

    private interface Fields {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** The mark, the kind of value, then its fields. */
    private static byte[] compact(byte kind, Fields fields) throws IOException {
        var bytes = new ByteArrayOutputStream(256);
        var out = new DataOutputStream(bytes);
        out.writeByte(MARK);
        out.writeByte(kind);
        fields.writeTo(out);
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != MARK) {
            return JAVA_IN.convert(bytes);
        }
        try {
            var in = new DataInputStream(new ByteArrayInputStream(bytes, 2, bytes.length - 2));
            return switch (bytes[1]) {
                case SECURITY_CONTEXT -> securityContext(in);
                case CSRF_TOKEN -> new DefaultCsrfToken(in.readUTF(), in.readUTF(), in.readUTF());
                case FLASH_MAPS -> flashMaps(in);
                case DATABASE_TEXT -> new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_8);
                default -> throw new IllegalStateException("unknown session attribute format " + bytes[1]);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A password sign-in as Spring Security leaves it in the session: its exact shape, nothing else. */
    private static boolean writable(SecurityContextImpl context) {
        return context.getClass() == SecurityContextImpl.class
                && context.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getClass() == UsernamePasswordAuthenticationToken.class
                && token.isAuthenticated()
                && token.getCredentials() == null
                && token.getPrincipal() instanceof User user
                && user.getClass() == User.class
                && user.getPassword() == null
                && (token.getDetails() == null || token.getDetails().getClass() == WebAuthenticationDetails.class)
                && writable(token.getAuthorities())
                && writable(user.getAuthorities());
    }

    private static boolean writable(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream()
                .allMatch(a ->
                        a.getClass() == SimpleGrantedAuthority.class || a.getClass() == FactorGrantedAuthority.class);
    }

    private static void securityContext(DataOutputStream out, SecurityContextImpl context) throws IOException {
        var token = (UsernamePasswordAuthenticationToken) context.getAuthentication();
        var user = (User) token.getPrincipal();
        out.writeUTF(user.getUsername());
        out.writeBoolean(user.isEnabled());
        out.writeBoolean(user.isAccountNonExpired());
        out.writeBoolean(user.isCredentialsNonExpired());
        out.writeBoolean(user.isAccountNonLocked());
        authorities(out, user.getAuthorities());
        authorities(out, token.getAuthorities());
        var details = (WebAuthenticationDetails) token.getDetails();
        out.writeBoolean(details != null);
        if (details != null) {
            nullable(out, details.getRemoteAddress());
            nullable(out, details.getSessionId());
        }
    }

    private static SecurityContext securityContext(DataInputStream in) throws IOException {
        String username = in.readUTF();
        boolean enabled = in.readBoolean();
        boolean accountNonExpired = in.readBoolean();
        boolean credentialsNonExpired = in.readBoolean();
        boolean accountNonLocked = in.readBoolean();
        var userAuthorities = authorities(in);
        var tokenAuthorities = authorities(in);
        var user = new User(
                username, "", enabled, accountNonExpired, credentialsNonExpired, accountNonLocked, userAuthorities);
        user.eraseCredentials(); // as it was stored: the password is forgotten at sign-in
        var token = UsernamePasswordAuthenticationToken.authenticated(user, null, tokenAuthorities);
        if (in.readBoolean()) {
            token.setDetails(new WebAuthenticationDetails(nullable(in), nullable(in)));
        }
        return new SecurityContextImpl(token);
    }

    /** The messages kept for the page after a redirect, when they are text (all this platform puts there). */
    private static boolean writableFlashMaps(List<?> list) {
        return list.stream()
                .allMatch(item -> item instanceof FlashMap flashMap
                        && flashMap.values().stream().allMatch(v -> v instanceof String));
    }

    private static void flashMaps(DataOutputStream out, List<?> list) throws IOException {
        out.writeShort(list.size());
        for (var item : list) {
            var flashMap = (FlashMap) item;
            nullable(out, flashMap.getTargetRequestPath());
            out.writeLong(flashMap.getExpirationTime());
            // the target's parameters as name-value pairs (a name repeats for each of its values)
            var params = flashMap.getTargetRequestParams().entrySet().stream()
                    .flatMap(p -> p.getValue().stream().map(v -> Map.entry(p.getKey(), v)))
                    .toList();
            out.writeShort(params.size());
            for (var param : params) {
                out.writeUTF(param.getKey());
                out.writeUTF(param.getValue());
            }
            out.writeShort(flashMap.size());
            for (var attribute : flashMap.entrySet()) {
                out.writeUTF(attribute.getKey());
                out.writeUTF((String) attribute.getValue());
            }
        }
    }

    private static List<FlashMap> flashMaps(DataInputStream in) throws IOException {
        int count = in.readShort();
        List<FlashMap> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            var flashMap = new FlashMap();
            flashMap.setTargetRequestPath(nullable(in));
            flashMap.setExpirationTime(in.readLong());
            int params = in.readShort();
            for (int p = 0; p < params; p++) {
                flashMap.addTargetRequestParam(in.readUTF(), in.readUTF());
            }
            int attributes = in.readShort();
            for (int a = 0; a < attributes; a++) {
                flashMap.put(in.readUTF(), in.readUTF());
            }
            list.add(flashMap);
        }
        return list;
    }

    private static void authorities(DataOutputStream out, Collection<? extends GrantedAuthority> authorities)
            throws IOException {
        out.writeShort(authorities.size());
        for (var authority : authorities) {
            if (authority instanceof FactorGrantedAuthority factor) {
                out.writeByte(FACTOR);
                out.writeUTF(factor.getAuthority());
                out.writeLong(factor.getIssuedAt().getEpochSecond());
                out.writeInt(factor.getIssuedAt().getNano());
            } else {
                out.writeByte(SIMPLE);
                out.writeUTF(authority.getAuthority());
            }
        }
    }

    private static List<GrantedAuthority> authorities(DataInputStream in) throws IOException {
        int count = in.readShort();
        List<GrantedAuthority> authorities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte kind = in.readByte();
            String name = in.readUTF();
            authorities.add(
                    kind == FACTOR
                            ? FactorGrantedAuthority.withAuthority(name)
                                    .issuedAt(Instant.ofEpochSecond(in.readLong(), in.readInt()))
                                    .build()
                            : new SimpleGrantedAuthority(name));
        }
        return authorities;
    }

    private static void nullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
