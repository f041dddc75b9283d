package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client that asks before sending its body ({@code Expect: 100-continue}, as curl does for large bodies) is
 * told to go on only when the application reads the body: a body over the size limit is refused without being
 * sent, and "go on" means the request is being handled (which SigtermShutdownTest relies on).
 */
class ExpectContinueTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsSent() throws Exception {
        // the form's parameters are over the connector's limit: refused on its declared length alone
        assertThat(firstAnswerTo("/account/language", 200_000_000)).startsWith("HTTP/1.1 413");
    }

    @Test
    void aRequestTheApplicationReadsIsInvitedToSendItsBody() throws Exception {
        // the sign-in form is read by the sign-in filter, so the client is told to go on
        assertThat(firstAnswerTo("/login", 40)).startsWith("HTTP/1.1 100");
    }

    private String firstAnswerTo(String path, int contentLength) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + contentLength
                            + "\r\nExpect: 100-continue\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            return in.readLine();
        }
    }
}
