package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.FreeText;

/** Text written into XML the Hub builds itself (the PDF's XHTML, the charts' SVG): escaped, and only what XML can hold. */
public final class Xml {

    private Xml() {}

    /**
     * The text with the five characters XML gives meaning escaped and the characters XML cannot hold left out (text
     * stored before the free-text rule may have them; the PDF would not render at all).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return FreeText.printable(text)
                .replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
