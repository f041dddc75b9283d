package org.percorsi.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the platform mailed to an address, from the test SMTP server. */
public final class Mailbox {

    private Mailbox() {}

    public record Mail(String to, String subject, String body) {

        /** The first link in the body that contains {@code path}. */
        public String link(String path) {
            Matcher m = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*")
                    .matcher(body);
            if (!m.find()) {
                throw new AssertionError("No link to " + path + " in mail: " + body);
            }
            return m.group();
        }

        /** The path and query of {@link #link}, for requests to the test server. */
        public String pathOf(String path) {
            String link = link(path);
            return link.substring(link.indexOf(path));
        }
    }

    public static List<Mail> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase()))
                .map(m -> new Mail(address, subject(m), body(m)))
                .toList();
    }

    /** Waits (briefly) for the n-th mail to an address: delivery follows the commit. */
    public static Mail await(GreenMail server, String address, int count) {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            List<Mail> mails = to(server, address);
            if (mails.size() >= count) {
                return mails.get(count - 1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Expected " + count + " mail(s) to " + address + ", got "
                + to(server, address).size());
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getRecipients(Message.RecipientType.TO)).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(m);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
