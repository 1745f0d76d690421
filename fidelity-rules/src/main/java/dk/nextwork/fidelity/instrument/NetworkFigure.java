package dk.nextwork.fidelity.instrument;

import dk.nextwork.fidelity.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of Netværket's figure tables as an instrument version declares it: a count of one key figure, or a share or
 * ratio of key figures added up ({@code of} over {@code per}), e.g. the share self-supporting after internships, (ordinary
 * job + flexjob + education) over the young people who ended an internship. Aggregate counts only.
 *
 * @param table the table it belongs to: {@code outcomes} (key figures and outcomes) or {@code internships}
 * @param network whether the network's figure is shown under the municipalities: a count's total, or a share's pooled
 *     figure (the sums of its numerators over the sums of its denominators, the way STAR reports 155 of 1,107)
 * @param median whether the median of the municipalities' own figures is shown beside it
 * @param above shares for which the number of municipalities above each is counted (only municipalities whose
 *     denominator is not small)
 */
public record NetworkFigure(
        String code,
        Text label,
        String table,
        Show show,
        List<String> of,
        List<String> per,
        boolean network,
        boolean median,
        List<BigDecimal> above) {

    /** The tables, in the page's order. */
    public static final List<String> TABLES = List.of("outcomes", "internships");

    /** A count of young people (whole), a ratio (one decimal, e.g. young people per consultant) or a share (percent). */
    public enum Show {
        COUNT,
        RATIO,
        SHARE
    }

    public NetworkFigure {
        of = List.copyOf(of);
        per = List.copyOf(per);
        above = List.copyOf(above);
    }

    /** Every key figure it is made of, numerators first. */
    public List<String> parts() {
        List<String> parts = new ArrayList<>(of);
        per.stream().filter(p -> !parts.contains(p)).forEach(parts::add);
        return parts;
    }
}
