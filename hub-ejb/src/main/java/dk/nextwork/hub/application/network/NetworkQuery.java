package dk.nextwork.hub.application.network;

import java.util.Set;

/**
 * What a caller asks of the network picture (every part optional).
 *
 * @param statuses the municipalities' statuses to include (empty: active and onboarding)
 * @param from the first period of the trends (such as 2024-H1), or null for all
 * @param to the last period of the trends, or null for all
 * @param municipality whose scores, trend and calibration over time are shown beside the network (network-wide roles;
 *     municipal staff always see their own), or null
 * @param principle only this principle's trend and drift alerts, or null for every principle
 */
public record NetworkQuery(Set<String> statuses, String from, String to, String municipality, String principle) {

    public NetworkQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        municipality = blankToNull(municipality);
        principle = blankToNull(principle);
    }

    /** Everything: the default statuses, every period and principle, no municipality chosen. */
    public static NetworkQuery all() {
        return new NetworkQuery(Set.of(), null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
