package dk.nextwork.hub.infrastructure;

import dk.nextwork.hub.application.Link;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one table of where a {@link Link} leads: the page's address and the parameter it is opened with, as the web's
 * route table and the pages' {@code f:viewParam}s have them (hub-web's {@code LinkRoutesTest} holds the two
 * together). Here rather than in the web module because the services and the mails of this module need it, and a
 * bean of this module cannot be handed one of the web module's. What is stored with a notification is the address
 * itself, so notifications recorded before links were named by kind lead where they always did.
 */
@ApplicationScoped
public class PageAddresses implements Link.Addresses {

    @Override
    public String of(Link link) {
        return switch (link.kind()) {
            case ASSESSMENTS -> "/selvevalueringer.xhtml";
            case ASSESSMENT -> "/selvevaluering.xhtml?id=" + link.about();
            case REVIEW -> "/gennemgaa.xhtml?id=" + link.about();
            case REPORT -> "/rapport.xhtml?id=" + link.about();
            case SUPERVISION -> "/supervision.xhtml?kommune=" + link.about();
            case NETWORK -> "/netvaerk.xhtml?kommune=" + link.about();
            case ONBOARDING -> "/opstart.xhtml?kommune=" + link.about();
            case TRIAL -> "/forsoeg.xhtml?forsoeg=" + link.about();
            case NOTIFICATIONS -> "/varsler.xhtml";
        };
    }
}
