package dk.nextwork.hub.interfaces.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A principle's trend as a line chart, read as the XML it is. */
@DisplayName("The trend chart")
class TrendChartTest {

    @Test
    @DisplayName("the legend is drawn in the chart: the median, and the municipality's line when there is one")
    void legendInTheChart() throws Exception {
        List<String> periods = List.of("2025-H1", "2025-H2", "2026-H1");
        Document both = parse(TrendChart.svg(
                "Udviklingen – Magtskifte",
                periods,
                scores("3.5", "3.5", "3.75"),
                "Netværkets median",
                scores("4", "3.5", "4.5"),
                "Testkommune 01"));
        assertThat(texts(both, "hub-legend-text")).containsExactly("Netværkets median", "Testkommune 01");
        assertThat(both.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(both.getDocumentElement().getAttribute("aria-label")).isEqualTo("Udviklingen – Magtskifte");
        Document median = parse(
                TrendChart.svg("Udviklingen", periods, scores("3.5", "3.5", "3.75"), "Netværkets median", null, null));
        assertThat(texts(median, "hub-legend-text")).containsExactly("Netværkets median");
    }

    @Test
    @DisplayName("a period without a score is a gap in the line, not a line drawn across it")
    void gaps() throws Exception {
        Document svg = parse(TrendChart.svg(
                "Udviklingen",
                List.of("2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1"),
                scores("4", "4", null, "3", "3"),
                "Netværkets median",
                null,
                null));
        assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
        assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(4);
        Document lone = parse(TrendChart.svg(
                "Udviklingen", List.of("a", "b", "c"), scores("4", null, "3"), "Netværkets median", null, null));
        assertThat(lone.getElementsByTagName("polyline").getLength()).isZero();
        assertThat(lone.getElementsByTagName("circle").getLength()).isEqualTo(2);
    }

    @Test
    @DisplayName("at most four period labels, evenly spaced, the latest always named")
    void periodLabels() {
        assertThat(TrendChart.labelled(0)).isEmpty();
        assertThat(TrendChart.labelled(1)).containsExactly(0);
        assertThat(TrendChart.labelled(4)).containsExactly(0, 1, 2, 3);
        assertThat(TrendChart.labelled(5)).containsExactly(0, 2, 4);
        assertThat(TrendChart.labelled(40)).containsExactly(0, 13, 26, 39);
        assertThat(TrendChart.labelled(41)).containsExactly(12, 26, 40);
        for (int n = 1; n <= 60; n++) {
            assertThat(TrendChart.labelled(n))
                    .as("%d periods", n)
                    .hasSizeLessThanOrEqualTo(4)
                    .contains(n - 1);
        }
    }

    @Test
    @DisplayName("drawn 254 px wide (a 320 px phone, inside its card) every text is at least 12 px, and period labels"
            + " do not overlap")
    void readableOnAPhone() throws Exception {
        List<String> periods = new ArrayList<>();
        List<BigDecimal> median = new ArrayList<>();
        for (int year = 2007; year <= 2026; year++) {
            periods.add(year + "-H1");
            periods.add(year + "-H2");
            median.add(new BigDecimal("3.5"));
            median.add(new BigDecimal("3.6"));
        }
        Document svg = parse(TrendChart.svg("Udviklingen", periods, median, "Netværkets median", median, "Horsens"));
        double width = Double.parseDouble(
                svg.getDocumentElement().getAttribute("viewBox").split(" ")[2]);
        double scale = 254 / width;
        NodeList texts = svg.getElementsByTagName("text");
        List<Double> periodX = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double font = Double.parseDouble(text.getAttribute("font-size"));
            assertThat(font * scale).as(text.getTextContent()).isGreaterThanOrEqualTo(12);
            if (text.getTextContent().contains("-H")) {
                double x = Double.parseDouble(text.getAttribute("x"));
                // "2026-H1" is at most about 0.6 em per character wide, centred on x.
                double half = text.getTextContent().length() * font * 0.6 / 2;
                assertThat(x - half).as(text.getTextContent()).isGreaterThanOrEqualTo(0);
                assertThat(x + half).as(text.getTextContent()).isLessThanOrEqualTo(width);
                periodX.add(x);
            }
        }
        assertThat(periodX).hasSize(4);
        for (int i = 1; i < periodX.size(); i++) {
            assertThat(periodX.get(i) - periodX.get(i - 1)).isGreaterThan(7 * TrendChart.FONT * 0.6);
        }
    }

    private static List<BigDecimal> scores(String... values) {
        return Arrays.stream(values)
                .map(v -> v == null ? null : new BigDecimal(v))
                .toList();
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg, String cssClass) {
        List<String> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("text");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("class").equals(cssClass)) {
                found.add(e.getTextContent());
            }
        }
        return found;
    }

    @Test
    @DisplayName("coordinates are written as String.format's %.1f writes them, halves, negatives and zeros included")
    void coordinatesAsFormatWritesThem() {
        List<Double> values = new ArrayList<>(List.of(
                0.0,
                -0.0,
                0.05,
                0.15,
                0.25,
                0.35,
                0.45,
                -0.04,
                -0.05,
                -0.25,
                1.05,
                2.675,
                99.95,
                123.449999,
                1e-7,
                -1e-7,
                1234567.85,
                46.55,
                300.0,
                Double.NaN,
                Double.POSITIVE_INFINITY));
        java.util.Random random = new java.util.Random(31);
        for (int i = 0; i < 20_000; i++) {
            values.add((random.nextDouble() - 0.2) * 400);
            values.add(Math.round(random.nextDouble() * 4000) / 100.0 + 0.05);
        }
        for (double v : values) {
            assertThat(TrendChart.num(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.1f", v));
        }
    }
}
