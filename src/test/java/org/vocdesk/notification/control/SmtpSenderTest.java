package org.vocdesk.notification.control;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpSenderTest {

    private GreenMail server;
    private SmtpSender sender;

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        sender = new SmtpSender();
        sender.host = Optional.of("127.0.0.1");
        sender.port = server.getSmtp().getPort();
        sender.tls = "none";
        sender.user = Optional.empty();
        sender.password = Optional.empty();
        sender.from = "VoC Desk <desk@quality.example.com>";
        sender.timeoutMillis = 3000;
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aMailSentAgainKeepsItsMessageIdSoThatReceiversCanDropTheDuplicate() throws Exception {
        String id = "<vocdesk.7.1700000000000@" + sender.messageIdDomain() + ">";
        try (SmtpSender.Connection connection = sender.connect()) {
            connection.send(id, "a@example.com", "投诉 C-1 overdue", "text", "<p>html</p>");
            connection.send(id, "a@example.com", "投诉 C-1 overdue", "text", "<p>html</p>");
            connection.send("<vocdesk.8.1700000000000@quality.example.com>", "a@example.com", "other", "text", "<p>h</p>");
        }
        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received[0].getMessageID()).isEqualTo("<vocdesk.7.1700000000000@quality.example.com>");
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
        assertThat(received[2].getMessageID()).isNotEqualTo(received[0].getMessageID());
        assertThat(received[0].getSubject()).isEqualTo("投诉 C-1 overdue");
    }
}
