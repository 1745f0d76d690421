package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.practice.PracticeHit;
import dk.nextwork.hub.domain.model.practice.PracticeQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's search as one SQL statement with its parameters, so the repository and the search benchmark run
 * exactly the same query. Free text goes through {@code websearch_to_tsquery('danish', …)}, which accepts any input
 * (quotes, operators, stray punctuation) without error and stems Danish words, so "praktikker" finds "praktik". The
 * ranking weighs title over summary over body in two tiers (see V5__practice_search_head.sql): practices whose title
 * or summary match, ranked by that small vector, then, to fill the page, the newest body-only matches (shown by their
 * rank); so a broad word never means ranking the whole library. Snippets come from {@code ts_headline} for the page
 * of hits only.
 */
public final class PracticeSearchSql {

    /**
     * Relevance ranks the newest this-many title/summary matches: a broad word matches much of the library, and
     * ranking thousands of practices to show twenty costs more than it is worth.
     */
    public static final int RANKED_CANDIDATES = 500;

    /** Longer input is cut: nobody searches with more, and it bounds the work a query can ask for. */
    public static final int MAX_QUERY_LENGTH = 500;

    private final String sql;
    private final List<Object> parameters;

    private PracticeSearchSql(String sql, List<Object> parameters) {
        this.sql = sql;
        this.parameters = List.copyOf(parameters);
    }

    /** The statement with JDBC's {@code ?} placeholders. */
    public String sql() {
        return sql;
    }

    /** The parameters, in placeholder order. */
    public List<Object> parameters() {
        return parameters;
    }

    /**
     * The search as one statement. For relevance: the practices whose title or summary match, ranked by the small head
     * vector (tier 0), then, only as far as those leave the page short, practices that match in the body only, newest
     * first (tier 1); PostgreSQL never runs the second tier when the first fills the page (its limit is then zero).
     * For newest first, or without words, the newest matches.
     */
    public static PracticeSearchSql of(PracticeQuery query) {
        String text = text(query);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("WITH ");
        if (text.isEmpty() || query.newestFirst()) {
            sql.append("hits AS (SELECT p.id, ");
            if (text.isEmpty()) {
                sql.append("0.0::real AS rank, p.updated_at, 0 AS tier FROM practice p WHERE ");
            } else {
                sql.append("ts_rank(p.search, websearch_to_tsquery('danish', ?)) AS rank, p.updated_at, 0 AS tier"
                        + " FROM practice p WHERE p.search @@ websearch_to_tsquery('danish', ?) AND ");
                parameters.add(text);
                parameters.add(text);
            }
            filters(query, sql, parameters);
            sql.append(" ORDER BY p.updated_at DESC, p.id DESC LIMIT ?) ");
            parameters.add(query.limit());
        } else {
            // The newest RANKED_CANDIDATES title/summary matches, ranked by the small head vector.
            sql.append("candidates AS (SELECT p.id, p.head, p.updated_at FROM practice p"
                    + " WHERE p.head @@ websearch_to_tsquery('danish', ?) AND ");
            parameters.add(text);
            filters(query, sql, parameters);
            sql.append(" ORDER BY p.updated_at DESC, p.id DESC LIMIT ?), ");
            parameters.add(RANKED_CANDIDATES);
            sql.append("head_hits AS (SELECT c.id, 1.0 + ts_rank(c.head, websearch_to_tsquery('danish', ?)) AS rank,"
                    + " c.updated_at, 0 AS tier FROM candidates c"
                    + " ORDER BY rank DESC, c.updated_at DESC, c.id DESC LIMIT ?), ");
            parameters.add(text);
            parameters.add(query.limit());
            // Body-only matches fill what the page has left: a limit of zero when the head tier filled it. The tier's
            // own limit is the page, a constant, so PostgreSQL plans it for a page (the newest first, stopping early).
            sql.append("body_hits AS (SELECT p.id, ts_rank(p.search, websearch_to_tsquery('danish', ?)) AS rank,"
                    + " p.updated_at, 1 AS tier FROM practice p WHERE p.search @@ websearch_to_tsquery('danish', ?)"
                    + " AND NOT (p.head @@ websearch_to_tsquery('danish', ?)) AND ");
            parameters.add(text);
            parameters.add(text);
            parameters.add(text);
            filters(query, sql, parameters);
            sql.append(" ORDER BY p.updated_at DESC, p.id DESC LIMIT ?), ");
            parameters.add(query.limit());
            sql.append("hits AS (SELECT * FROM head_hits UNION ALL"
                    + " (SELECT * FROM body_hits LIMIT ? - (SELECT count(*) FROM head_hits))) ");
            parameters.add(query.limit());
        }
        return finish(text, query.newestFirst(), sql, parameters);
    }

    private static String text(PracticeQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        return text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
    }

    /**
     * The page of hits with their facts and, for a text search, a snippet with the matches marked: the newest first if
     * asked, else the title and summary matches by rank, then the body-only ones.
     */
    private static PracticeSearchSql finish(
            String text, boolean newestFirst, StringBuilder sql, List<Object> parameters) {
        sql.append("SELECT p.id, p.title, p.summary, m.slug, m.name, p.status, p.updated_at, h.rank, ");
        if (text.isEmpty()) {
            sql.append("p.summary");
        } else {
            sql.append("ts_headline('danish', p.title || '. ' || p.summary || ' ' || left(p.body_text, 1500),"
                    + " websearch_to_tsquery('danish', ?),"
                    + " 'StartSel=" + PracticeHit.MARK_START + ", StopSel=" + PracticeHit.MARK_END
                    + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')");
            parameters.add(text);
        }
        sql.append(" FROM hits h JOIN practice p ON p.id = h.id JOIN municipality m ON m.id = p.municipality_id")
                .append(
                        newestFirst
                                ? " ORDER BY h.updated_at DESC, p.id DESC"
                                : " ORDER BY h.tier, h.rank DESC, h.updated_at DESC, p.id DESC");
        return new PracticeSearchSql(sql.toString(), parameters);
    }

    /** Who may see it (published for everyone, drafts for their own municipality) and the reader's filters. */
    private static void filters(PracticeQuery query, StringBuilder sql, List<Object> parameters) {
        sql.append("(p.status = 'PUBLISHED' OR (p.status = 'DRAFT' AND p.municipality_id ="
                + " (SELECT m.id FROM municipality m WHERE m.slug = ?)))");
        parameters.add(query.readerMunicipality() == null ? "" : query.readerMunicipality());
        if (query.principle() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM practice_principle pp"
                    + " WHERE pp.practice_id = p.id AND pp.principle = ?)");
            parameters.add(query.principle());
        }
        if (query.activity() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM practice_activity pa"
                    + " WHERE pa.practice_id = p.id AND pa.activity = ?)");
            parameters.add(query.activity().name());
        }
        if (query.municipality() != null) {
            sql.append(" AND p.municipality_id = (SELECT m.id FROM municipality m WHERE m.slug = ?)");
            parameters.add(query.municipality());
        }
    }
}
