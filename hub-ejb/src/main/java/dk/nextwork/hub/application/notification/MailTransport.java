package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.UnavailableException;

/** Sends the Hub's mails through an SMTP server. */
public interface MailTransport {

    /**
     * A plain-text mail to one person.
     *
     * @param messageId the mail's fixed Message-ID, so a mail sent again is recognisably the same
     */
    record Mail(String messageId, String to, String subject, String body) {}

    /** The SMTP server refused this mail for good (a bad or unknown address): sending it again would not help. */
    final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * Sends the mail.
     *
     * @throws UnavailableException when the SMTP server cannot be reached or cannot take mail now (nothing was sent)
     * @throws Refused when the server refused this mail for good
     */
    void send(Mail mail);
}
