package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.practice.PracticeHit;
import dk.nextwork.hub.domain.model.practice.PracticeQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's search as one SQL statement with its parameters, so the repository and the search benchmark run
 * exactly the same query. Free text goes through {@code websearch_to_tsquery('danish', …)}, which accepts any input
 * (quotes, operators, stray punctuation) without error and stems Danish words, so "praktikker" finds "praktik". The
 * rank weighs title over summary over body (the stored vector's weights A, B, C); snippets come from
 * {@code ts_headline} for the page of hits only.
 */
public final class PracticeSearchSql {

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

    public static PracticeSearchSql of(PracticeQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > MAX_QUERY_LENGTH) {
            text = text.substring(0, MAX_QUERY_LENGTH);
        }
        boolean hasText = !text.isEmpty();
        List<Object> parameters = new ArrayList<>();
        StringBuilder hits = new StringBuilder();
        hits.append("SELECT p.id, ")
                .append(hasText ? "ts_rank(p.search, q.query)" : "0.0::real")
                .append(" AS rank FROM practice p");
        if (hasText) {
            hits.append(", q WHERE p.search @@ q.query AND ");
        } else {
            hits.append(" WHERE ");
        }
        // Published practice for everyone; drafts only for their own municipality.
        hits.append("(p.status = 'PUBLISHED' OR (p.status = 'DRAFT' AND p.municipality_id ="
                + " (SELECT m.id FROM municipality m WHERE m.slug = ?)))");
        parameters.add(query.readerMunicipality() == null ? "" : query.readerMunicipality());
        if (query.principle() != null) {
            hits.append(" AND EXISTS (SELECT 1 FROM practice_principle pp"
                    + " WHERE pp.practice_id = p.id AND pp.principle = ?)");
            parameters.add(query.principle());
        }
        if (query.activity() != null) {
            hits.append(" AND EXISTS (SELECT 1 FROM practice_activity pa"
                    + " WHERE pa.practice_id = p.id AND pa.activity = ?)");
            parameters.add(query.activity().name());
        }
        if (query.municipality() != null) {
            hits.append(" AND p.municipality_id = (SELECT m.id FROM municipality m WHERE m.slug = ?)");
            parameters.add(query.municipality());
        }
        String order = query.newestFirst() || !hasText ? "p.updated_at DESC, p.id DESC" : "rank DESC, p.id DESC";
        hits.append(" ORDER BY ").append(order).append(" LIMIT ?");
        parameters.add(query.limit());

        StringBuilder sql = new StringBuilder();
        if (hasText) {
            sql.append("WITH q AS (SELECT websearch_to_tsquery('danish', ?) AS query), ");
            parameters.add(0, text);
        } else {
            sql.append("WITH ");
        }
        sql.append("hits AS (").append(hits).append(") ");
        sql.append("SELECT p.id, p.title, p.summary, m.slug, m.name, p.status, p.updated_at, h.rank, ");
        if (hasText) {
            sql.append("ts_headline('danish', p.title || '. ' || p.summary || ' ' || left(p.body_text, 4000), q.query,"
                    + " 'StartSel=" + PracticeHit.MARK_START + ", StopSel=" + PracticeHit.MARK_END
                    + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')");
        } else {
            sql.append("p.summary");
        }
        sql.append(" FROM hits h JOIN practice p ON p.id = h.id JOIN municipality m ON m.id = p.municipality_id");
        if (hasText) {
            sql.append(", q");
        }
        sql.append(" ORDER BY ")
                .append(query.newestFirst() || !hasText ? "p.updated_at DESC, p.id DESC" : "h.rank DESC, p.id DESC");
        return new PracticeSearchSql(sql.toString(), parameters);
    }
}
