package dk.nextwork.hub.infrastructure.mail;

import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.application.notification.MailTransport;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link MailTransport} by Jakarta Mail (Payara's Angus Mail). The server, TLS and credentials come from MicroProfile
 * Config ({@code hub.mail.host}, {@code port}, {@code tls}, {@code username}, {@code password}, {@code from},
 * {@code reply-to}), so no secret is in the WAR; without a host the Hub sends nothing and keeps the mails waiting.
 */
@ApplicationScoped
public class SmtpMail implements MailTransport {

    private static final Logger LOG = Logger.getLogger(SmtpMail.class.getName());

    @Inject
    @ConfigProperty(name = "hub.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "hub.mail.port", defaultValue = "25")
    int port;

    /** STARTTLS required (true for any relay outside the machine). */
    @Inject
    @ConfigProperty(name = "hub.mail.tls", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "hub.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "hub.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "hub.mail.from", defaultValue = "NExTWORK Hub <hub@nextwork.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "hub.mail.reply-to", defaultValue = "NExTWORK-sekretariatet <sekretariat@nextwork.invalid>")
    String replyTo;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElse("localhost"));
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (tls) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        Authenticator authenticator = null;
        if (username.filter(u -> !u.isBlank()).isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    @Override
    public void send(Mail mail) {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            throw new UnavailableException("unavailable.mail");
        }
        try {
            MimeMessage message = new FixedIdMessage(session, mail.messageId());
            message.setFrom(new InternetAddress(from));
            message.setReplyTo(InternetAddress.parse(replyTo));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport.send(message);
        } catch (AddressException e) {
            throw new Refused("not an address: " + mail.to(), e);
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                throw new Refused("the server refused the address " + mail.to(), e);
            }
            LOG.warning(() -> "The SMTP server did not take the mail " + mail.messageId() + ": " + e);
            throw new UnavailableException("unavailable.mail");
        } catch (MessagingException e) {
            LOG.warning(() -> "The SMTP server did not take the mail " + mail.messageId() + ": " + e);
            throw new UnavailableException("unavailable.mail");
        }
    }

    /** A message whose Message-ID is the Hub's, not one made up on each attempt. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
