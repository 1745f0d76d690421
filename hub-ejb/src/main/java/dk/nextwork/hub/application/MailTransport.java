package dk.nextwork.hub.application;

/** Sends the Hub's mails through an SMTP server. */
public interface MailTransport {

    /**
     * A plain-text mail to one person.
     *
     * @param messageId the mail's fixed Message-ID, so a mail sent again is recognisably the same
     */
    record Mail(String messageId, String to, String subject, String body) {}

    /**
     * Sends the mail.
     *
     * @throws UnavailableException when the SMTP server cannot be reached or refuses it (then nothing was sent)
     */
    void send(Mail mail);
}
