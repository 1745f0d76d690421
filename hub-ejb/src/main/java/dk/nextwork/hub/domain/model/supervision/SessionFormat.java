package dk.nextwork.hub.domain.model.supervision;

/** How a supervision session was held. */
public enum SessionFormat {
    ON_SITE,
    VIRTUAL,
    NETWORK_WIDE
}
