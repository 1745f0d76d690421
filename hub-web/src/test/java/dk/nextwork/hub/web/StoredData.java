package dk.nextwork.hub.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A fingerprint of everything people store in the Hub, to prove an attack run changed none of it. */
final class StoredData {

    private StoredData() {}

    /** Counts and summed versions of every table people write to, and the audit trail's length. */
    static String fingerprint(HubServers.Servers servers) throws SQLException {
        StringBuilder print = new StringBuilder();
        try (Connection c = servers.connect();
                Statement s = c.createStatement()) {
            for (String query : List.of(
                    "SELECT count(*), coalesce(sum(version), 0) FROM assessment",
                    "SELECT count(*), count(self_rating) FROM assessment_item",
                    "SELECT count(*), coalesce(sum(value), 0) FROM assessment_key_figure",
                    "SELECT count(*), coalesce(sum(version), 0) FROM agreed_action",
                    "SELECT count(*), coalesce(sum(version), 0) FROM supervision_session",
                    "SELECT count(*), coalesce(sum(version), 0) FROM practice",
                    "SELECT count(*), 0 FROM practice_comment",
                    "SELECT count(*), 0 FROM practice_trial",
                    "SELECT count(*), coalesce(sum(version), 0) FROM municipality",
                    "SELECT count(*), coalesce(sum(version), 0) FROM reporting_period",
                    "SELECT count(*), coalesce(sum(version), 0) FROM instrument_choice",
                    "SELECT count(*), coalesce(sum(done_on - DATE '2000-01-01'), 0) FROM onboarding_activity",
                    "SELECT count(*), count(commitment_accepted_at) FROM onboarding",
                    "SELECT count(*), 0 FROM allocation",
                    "SELECT count(*), 0 FROM allocation_error",
                    "SELECT count(*), 0 FROM audit_event")) {
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    print.append(rs.getString(1))
                            .append('/')
                            .append(rs.getString(2))
                            .append(' ');
                }
            }
        }
        return print.toString();
    }
}
