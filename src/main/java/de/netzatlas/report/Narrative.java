package de.netzatlas.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small markup of the editable chapter texts: a blank line starts a new paragraph, a line
 * starting with "- " or "* " is a bullet, {@code **text**} is bold. Everything else is literal text
 * (escaped for XHTML), so a planner's text can never break the layout.
 */
public final class Narrative {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private Narrative() {
    }

    /** A paragraph (list of lines) or a bullet list (list of items). */
    public record Part(boolean bullets, List<String> lines) {
    }

    public static List<Part> parse(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        List<String> para = new ArrayList<>();
        List<String> items = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            boolean bullet = line.startsWith("- ") || line.startsWith("* ");
            if (line.isEmpty() || bullet) {
                flush(parts, para, false);
            }
            if (line.isEmpty() || !bullet) {
                flush(parts, items, true);
            }
            if (bullet) {
                items.add(line.substring(2).strip());
            } else if (!line.isEmpty()) {
                para.add(line);
            }
        }
        flush(parts, para, false);
        flush(parts, items, true);
        return parts;
    }

    private static void flush(List<Part> parts, List<String> lines, boolean bullets) {
        if (!lines.isEmpty()) {
            parts.add(new Part(bullets, List.copyOf(lines)));
            lines.clear();
        }
    }

    /** XHTML for the text: {@code <p>} and {@code <ul>} with {@code <strong>}. */
    public static String toXhtml(String text) {
        StringBuilder out = new StringBuilder();
        for (Part p : parse(text)) {
            if (p.bullets()) {
                out.append("<ul class=\"narrative\">");
                p.lines().forEach(l -> out.append("<li>").append(inline(l)).append("</li>"));
                out.append("</ul>");
            } else {
                out.append("<p class=\"narrative\">").append(inline(String.join(" ", p.lines()))).append("</p>");
            }
        }
        return out.toString();
    }

    /** The plain text without markup (for text extraction checks and the XLSX). */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder();
        for (Part p : parse(text)) {
            for (String l : p.lines()) {
                out.append(p.bullets() ? "• " : "").append(BOLD.matcher(l).replaceAll("$1")).append('\n');
            }
        }
        return out.toString().strip();
    }

    static String inline(String line) {
        StringBuilder out = new StringBuilder();
        Matcher m = BOLD.matcher(line);
        int last = 0;
        while (m.find()) {
            out.append(Xml.escape(line.substring(last, m.start())));
            out.append("<strong>").append(Xml.escape(m.group(1))).append("</strong>");
            last = m.end();
        }
        out.append(Xml.escape(line.substring(last)));
        return out.toString();
    }
}
