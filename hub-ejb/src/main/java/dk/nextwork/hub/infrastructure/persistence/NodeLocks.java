package dk.nextwork.hub.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Scheduled work done by one node at a time when the Hub runs as several: a PostgreSQL advisory lock, held by an open
 * transaction on a connection of its own for as long as the work runs (the work's own transactions are others). Another node that finds it taken skips that round; a node that
 * dies loses its connection, and PostgreSQL frees the lock with it. The outbox's rows are also claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so even two rounds at once would not send a mail twice; the lock keeps the day's
 * reminders and a user's weekly digest to one node as well.
 */
@ApplicationScoped
public class NodeLocks {

    private static final Logger LOG = Logger.getLogger(NodeLocks.class.getName());
    /** The advisory locks' first key: the Hub's ("NX"), so they cannot meet another application's. */
    private static final int HUB = 0x4E58;

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource dataSource;

    /**
     * Runs the work if no node runs work of this name now; returns whether it ran. A database that cannot be reached
     * runs nothing (the work needs it too).
     */
    public boolean alone(String name, Runnable work) {
        try (Connection c = dataSource.getConnection()) {
            // A transaction-level lock, held by this connection's open transaction and ended by its rollback: nothing
            // is left on the pooled connection, whatever the work does.
            c.setAutoCommit(false);
            try {
                if (!lock(c, "SELECT pg_try_advisory_xact_lock(?, ?)", name)) {
                    return false;
                }
                work.run();
                return true;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The lock for " + name + " could not be taken; the next round tries again", e);
            return false;
        }
    }

    private static boolean lock(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, HUB);
            s.setInt(2, name.hashCode());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
