package org.vocdesk.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends one e-mail through the configured SMTP server ({@code vocdesk.mail.*}, environment
 * VOCDESK_MAIL_HOST, _PORT, _TLS (none, starttls, ssl), _USER, _PASSWORD, _FROM). Without a host nothing is
 * sent and the outbox keeps its mails.
 */
@ApplicationScoped
public class SmtpSender {

    @Inject
    @ConfigProperty(name = "vocdesk.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.tls", defaultValue = "none")
    String tls;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.from", defaultValue = "VoC Desk <vocdesk@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "vocdesk.mail.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String describe() {
        return isConfigured() ? host.get() + ":" + port + " (" + tls + ")" : "";
    }

    /** One SMTP connection for a run of mails (a connection per mail would make a backlog crawl). */
    public Connection connect() throws MessagingException {
        Session session = session();
        Transport transport = session.getTransport();
        transport.connect();
        return new Connection(session, transport);
    }

    public final class Connection implements AutoCloseable {
        private final Session session;
        private final Transport transport;

        private Connection(Session session, Transport transport) {
            this.session = session;
            this.transport = transport;
        }

        /**
         * The Message-ID is the caller's, the same on every attempt: a mail resent after a crash in the middle of
         * an SMTP conversation (the sender cannot know whether it went out) is then recognised as the same mail
         * by mail servers and clients that drop duplicates.
         */
        public void send(String messageId, String to, String subject, String text, String html) throws MessagingException {
            MimeMessage message = message(session, messageId, to, subject, text, html);
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails were handed over; a failing QUIT changes nothing
            }
        }
    }

    private MimeMessage message(Session session, String messageId, String to, String subject, String text, String html)
            throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, messageId);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setContent(html, "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(rich);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** The domain part of Message-IDs: the sender's domain, so that the IDs are unique to this installation. */
    public String messageIdDomain() {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 ? "vocdesk.localhost" : address.substring(at + 1);
        } catch (MessagingException e) {
            return "vocdesk.localhost";
        }
    }

    /** {@link MimeMessage#saveChanges()} would invent a new Message-ID on each attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    private Session session() {
        Properties props = new Properties();
        String protocol = "ssl".equalsIgnoreCase(tls) ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", host.orElseThrow());
        props.put("mail." + protocol + ".port", String.valueOf(port));
        props.put("mail." + protocol + ".connectiontimeout", String.valueOf(timeoutMillis));
        props.put("mail." + protocol + ".timeout", String.valueOf(timeoutMillis));
        props.put("mail." + protocol + ".writetimeout", String.valueOf(timeoutMillis));
        if ("starttls".equalsIgnoreCase(tls)) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        boolean auth = user.filter(u -> !u.isBlank()).isPresent();
        props.put("mail." + protocol + ".auth", String.valueOf(auth));
        Authenticator authenticator = !auth ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        };
        return Session.getInstance(props, authenticator);
    }
}
