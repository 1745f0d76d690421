package dk.nextwork.hub.application.common;

/**
 * Whether the Hub's database answers and its schema was brought up to date when the Hub started. Work done at
 * start-up has nothing to do without a current schema, and the health check reports both; the infrastructure knows
 * (it migrates the schema), so this is asked here and answered there.
 */
public interface DatabaseStatus {

    /** Whether the schema was brought up to date at start-up. */
    boolean isMigrated();

    /** Why the database does not answer now, or null if it does. Logs nothing. */
    String problem();
}
