package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.domain.model.notification.NotificationStore;
import dk.nextwork.hub.domain.model.notification.NotificationStore.Due;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails the Hub sends, written in their recipient's language: one notification, or a week's digest of them; each
 * with the link to where the work is done and a footer saying why it came and where to change that.
 */
@ApplicationScoped
class NotificationMails {

    @Inject
    NotificationStore store;

    @Inject
    Link.Addresses addresses;

    /** The Hub's own address, for the links in mails. */
    @Inject
    @ConfigProperty(name = "hub.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    MailTransport.Mail single(Due due) {
        NotificationTexts texts = NotificationTexts.in(language(due));
        String body = texts.text("mail.greeting") + "\n\n"
                + texts.text(due.kind(), due.args()) + "\n\n"
                + texts.linkLabel(due.kind()) + ": " + baseUrl + due.link() + "\n\n"
                + footer(texts, texts.why(due.kind(), due.args()));
        return new MailTransport.Mail(
                "<delivery-" + due.id() + "@nextwork-hub>", due.email(), texts.subject(due.kind(), due.args()), body);
    }

    MailTransport.Mail digest(List<Due> items) {
        Due first = items.get(0);
        NotificationTexts texts = NotificationTexts.in(language(first));
        StringBuilder body = new StringBuilder()
                .append(texts.text("mail.greeting"))
                .append("\n\n")
                .append(texts.text("digest.intro"))
                .append("\n\n");
        for (Due item : items) {
            body.append("- ")
                    .append(texts.text(item.kind(), item.args()))
                    .append("\n  ")
                    .append(texts.linkLabel(item.kind()))
                    .append(": ")
                    .append(baseUrl)
                    .append(item.link())
                    .append("\n\n");
        }
        body.append(footer(texts, texts.text("digest.why")));
        return new MailTransport.Mail(
                "<digest-" + first.id() + "@nextwork-hub>",
                first.email(),
                texts.text("digest.subject", items.size()),
                body.toString());
    }

    /**
     * The recipient's language as they chose it last (it may have changed since the delivery was made, as a weekly
     * digest waits), else the language of the delivery.
     */
    private String language(Due due) {
        return store.language(due.username()).orElse(due.language());
    }

    private String footer(NotificationTexts texts, String why) {
        return "-- \n" + texts.text("mail.footer.why", why) + "\n"
                + texts.text("mail.footer.change", baseUrl + addresses.of(Link.notifications())) + "\n"
                + texts.text("mail.footer.reply") + "\n";
    }
}
