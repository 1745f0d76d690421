package dk.nextwork.hub.application;

/**
 * Text written into markup the Hub builds itself: XML (the report PDF's XHTML, the charts' SVG) and HTML (the practice
 * search's snippets). Here, in the application layer beside {@link FreeText}, so the services and the web module
 * escape one way: hub-web depends on hub-ejb, never the other way round.
 */
public final class Xml {

    private Xml() {}

    /**
     * The text with the five characters XML and HTML give meaning escaped ({@code & < > " '}), nothing else changed;
     * nothing for null. Safe in element content and in a quoted attribute value.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /**
     * Text for an XML document: {@link #escape escaped}, and without the characters XML cannot hold (text stored
     * before the free-text rule may have them; the PDF would not render at all).
     */
    public static String text(String text) {
        return escape(FreeText.printable(text));
    }
}
