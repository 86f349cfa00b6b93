package org.vocdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A GreenMail SMTP server of a test's own that can go down and come back on its port, keeping what it got. */
public final class MailCatcher {

    private final int port;
    private final List<MimeMessage> archive = new ArrayList<>();
    private GreenMail mail;

    public MailCatcher() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
    }

    /** What a server needs to send here, with timers every {@code periodSeconds} and quick retries. */
    public Map<String, String> serverEnv(int periodSeconds) {
        return Map.of("VOCDESK_MAIL_HOST", "127.0.0.1", "VOCDESK_MAIL_PORT", String.valueOf(port),
                "VOCDESK_MAIL_FROM", "VoC Desk <vocdesk@example.com>",
                "VOCDESK_MAIL_PERIOD_SECONDS", String.valueOf(periodSeconds),
                "VOCDESK_MAIL_RETRY_BASE_SECONDS", "1", "VOCDESK_MAIL_RETRY_MAX_SECONDS", "3",
                "VOCDESK_MAIL_TIMEOUT_MS", "3000",
                "VOCDESK_ESCALATION_PERIOD_SECONDS", String.valueOf(periodSeconds),
                "VOCDESK_ESCALATION_NO_RECIPIENT_RETRY_SECONDS", String.valueOf(periodSeconds));
    }

    public synchronized void down() {
        if (mail != null) {
            archive.addAll(List.of(mail.getReceivedMessages()));
            mail.stop();
            mail = null;
        }
    }

    public synchronized void up() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
    }

    /** The mails to this user whose subject names the record. */
    public synchronized List<MimeMessage> to(String username, String subjectRef) {
        List<MimeMessage> all = new ArrayList<>(archive);
        if (mail != null) {
            all.addAll(List.of(mail.getReceivedMessages()));
        }
        return all.stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().contains(username + "@")
                        && m.getSubject().contains(subjectRef);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The Message-IDs of those mails: a mail sent again after a crash keeps its ID, so each mail counts once. */
    public List<String> distinctIds(String username, String subjectRef) {
        return to(username, subjectRef).stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
    }
}
