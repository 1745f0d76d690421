package dk.nextwork.hub.interfaces.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The spider chart's drawing, read as the XML it is. */
@DisplayName("The spider chart")
class SpiderChartTest {

    private static final SpiderChart.Words WORDS =
            new SpiderChart.Words("Principperne", "Denne rapport 2026-H1", "Forrige 2025-H2", "ingen score");

    @Test
    @DisplayName("a whole report is a filled polygon beside the previous one's dashed, both named in the drawn legend")
    void wholeReport() throws Exception {
        Document svg = parse(chart(4.5, 2.75, 3.0, 4.0, 3.5, 3.0).svg(WORDS));
        assertThat(elements(svg, "polygon", "current")).hasSize(1);
        assertThat(elements(svg, "polygon", "previous")).hasSize(1);
        assertThat(elements(svg, "g", "hub-partial")).isEmpty();
        assertThat(texts(svg, "hub-legend-text")).containsExactly("Denne rapport 2026-H1", "Forrige 2025-H2");
        assertThat(texts(svg, "hub-missing")).isEmpty();
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("Principperne");
    }

    @Test
    @DisplayName("a principle without a score leaves a gap in the line, is marked 'ingen score' at its axis and named"
            + " in the legend")
    void missingPrinciple() throws Exception {
        SpiderChart chart = chart(4.5, null, 2.75, null, null, null);
        Document svg =
                parse(chart.svg(new SpiderChart.Words("Principperne", "Denne rapport 2026-H1", null, "ingen score")));
        assertThat(elements(svg, "polygon", "current")).isEmpty();
        Element partial = elements(svg, "g", "hub-partial").get(0);
        // Arbejdsidentitet and Mange til mange are neighbours: one line between them, a point at each, none to
        // Magtskifte.
        assertThat(partial.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(partial.getElementsByTagName("circle").getLength()).isEqualTo(2);
        assertThat(texts(svg, "hub-missing")).containsExactly("ingen score");
        assertThat(texts(svg, "hub-legend-text")).containsExactly("Denne rapport 2026-H1");
        assertThat(texts(svg, "hub-legend-missing")).containsExactly("ingen score: Magtskifte");
        // The gap's runs join neighbours only, around the circle: MS–AI when MM is the one missing.
        SpiderChart middle = chart(4.5, null, null, null, 2.75, null);
        assertThat(middle.runs(false)).containsExactly(List.of(middle.at(2, 2.75), middle.at(0, 4.5)));
    }

    @Test
    @DisplayName("a line with no score at all is not drawn, and the legend says so for every principle")
    void noScoreAtAll() throws Exception {
        Document svg = parse(chart(null, 4.0, null, 4.0, null, 4.0).svg(WORDS));
        assertThat(elements(svg, "polygon", "current")).isEmpty();
        assertThat(elements(svg, "g", "hub-partial")).isEmpty();
        assertThat(elements(svg, "polygon", "previous")).hasSize(1);
        assertThat(texts(svg, "hub-missing")).hasSize(3);
        assertThat(texts(svg, "hub-legend-missing"))
                .containsExactly("ingen score: Arbejdsidentitet, Mange til mange, Magtskifte");
    }

    @Test
    @DisplayName("drawn 288 px wide (a 320 px phone less the page's margins) every text is at least 12 px, and every"
            + " text lies inside the drawing")
    void readableOnAPhone() throws Exception {
        Document svg = parse(chart(4.5, 4.0, null, 3.0, 2.0, 3.0).svg(WORDS));
        String[] box = svg.getDocumentElement().getAttribute("viewBox").split(" ");
        double left = Double.parseDouble(box[0]);
        double top = Double.parseDouble(box[1]);
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        double scale = 288 / width;
        NodeList texts = svg.getElementsByTagName("text");
        assertThat(texts.getLength()).isGreaterThan(10);
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            double font = Double.parseDouble(text.getAttribute("font-size"));
            assertThat(font * scale).as(text.getTextContent()).isGreaterThanOrEqualTo(12);
            double x = Double.parseDouble(text.getAttribute("x"));
            double y = Double.parseDouble(text.getAttribute("y"));
            assertThat(x).as(text.getTextContent()).isBetween(left, left + width);
            assertThat(y - font).as(text.getTextContent()).isGreaterThanOrEqualTo(top);
            assertThat(y).as(text.getTextContent()).isLessThanOrEqualTo(top + height);
        }
    }

    private static SpiderChart chart(
            Double ai, Double aiBefore, Double mm, Double mmBefore, Double ms, Double msBefore) {
        return new SpiderChart(
                List.of(
                        new SpiderChart.Axis("Arbejdsidentitet", ai, aiBefore),
                        new SpiderChart.Axis("Mange til mange", mm, mmBefore),
                        new SpiderChart.Axis("Magtskifte", ms, msBefore)),
                460);
    }

    static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document svg, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    static List<String> texts(Document svg, String cssClass) {
        return elements(svg, "text", cssClass).stream()
                .map(Element::getTextContent)
                .toList();
    }
}
