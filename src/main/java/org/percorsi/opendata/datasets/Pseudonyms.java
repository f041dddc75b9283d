package org.percorsi.opendata.datasets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pseudonym of an author in the open data: an HMAC-SHA256 of the account's id under a secret key, cut to
 * 16 hexadecimal digits. The same author always gets the same pseudonym (their proposals can be counted
 * together), and without the key it says nothing of the id, the email or the nickname. The key is
 * {@code percorsi.opendata.pseudonym-key} when set, else the one the database made once.
 */
@Component
public class Pseudonyms {

    private final JdbcClient jdbc;
    private final String configuredKey;
    private volatile byte[] key;

    Pseudonyms(JdbcClient jdbc, @Value("${percorsi.opendata.pseudonym-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.configuredKey = configuredKey;
    }

    public String of(Long accountId) {
        if (accountId == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("account:" + accountId).getBytes(StandardCharsets.UTF_8));
            return "p" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] key() {
        byte[] current = key;
        if (current == null) {
            current = configuredKey.isBlank()
                    ? jdbc.sql("select key from opendata_pseudonym_key where id = 1")
                            .query(byte[].class)
                            .single()
                    : configuredKey.getBytes(StandardCharsets.UTF_8);
            key = current;
        }
        return current;
    }
}
