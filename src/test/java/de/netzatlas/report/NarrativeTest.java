package de.netzatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class NarrativeTest {

    @Test
    void paragraphsBoldAndBulletsBecomeXhtmlAndEverythingElseIsEscaped() {
        String text = "Erster **fetter** Absatz\nüber zwei Zeilen.\n\n- Punkt <eins>\n- Punkt & zwei\nSchluss";
        assertEquals("<p class=\"narrative\">Erster <strong>fetter</strong> Absatz über zwei Zeilen.</p>"
                + "<ul class=\"narrative\"><li>Punkt &lt;eins&gt;</li><li>Punkt &amp; zwei</li></ul>"
                + "<p class=\"narrative\">Schluss</p>", Narrative.toXhtml(text));
        assertEquals(List.of(new Narrative.Part(false, List.of("Erster **fetter** Absatz", "über zwei Zeilen.")),
                new Narrative.Part(true, List.of("Punkt <eins>", "Punkt & zwei")),
                new Narrative.Part(false, List.of("Schluss"))), Narrative.parse(text));
        assertEquals("Erster fetter Absatz\nüber zwei Zeilen.\n• Punkt <eins>\n• Punkt & zwei\nSchluss",
                Narrative.plain(text));
        assertEquals("", Narrative.toXhtml(null));
        assertEquals("<p class=\"narrative\">ein ** offenes Sternchen</p>", Narrative.toXhtml("ein ** offenes Sternchen"));
    }
}
