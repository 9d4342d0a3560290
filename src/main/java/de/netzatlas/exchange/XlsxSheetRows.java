package de.netzatlas.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Pulls the rows of one worksheet one at a time. POI's {@link XSSFSheetXMLHandler} (shared strings,
 * styles, number formats) is a push-style SAX handler; a secure StAX reader (POI's
 * {@link XMLHelper#newXMLInputFactory()}) feeds it one XML event at a time, so the import can ask for
 * "the next row" like it does from a CSV file, with only the current row in memory and no extra thread.
 * Cell text as the usermodel reader gave it: numbers as plain decimals with decimal comma, dates as
 * ISO dates, booleans as "ja"/"nein", errors empty, text trimmed.
 */
final class XlsxSheetRows implements XSSFSheetXMLHandler.SheetContentsHandler, AutoCloseable {

    /** Excel's last column is XFD (16 384 columns); cell references beyond are ignored. */
    static final int MAX_COLUMNS = 16_384;

    /** One sheet row: its 0-based index, its cells (gaps filled with ""), and how many are text cells. */
    record RawRow(int index, List<String> cells, int textCells) {
    }

    private final CountingInputStream in;
    private final XMLStreamReader xml;
    private final XSSFSheetXMLHandler handler;
    private final ArrayDeque<RawRow> ready = new ArrayDeque<>();
    private List<String> cells = new ArrayList<>();
    private int textCells;
    private int lastColumn = -1;
    private String cellType;
    private boolean done;

    XlsxSheetRows(InputStream sheetXml, Styles styles, SharedStrings strings, boolean date1904) throws XMLStreamException {
        this.in = new CountingInputStream(sheetXml);
        this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        this.handler = new XSSFSheetXMLHandler(styles, null, strings, this, new PlainNumbers(date1904), false);
    }

    /** The next row with at least one cell element, or null at the end of the sheet. */
    RawRow next() throws XMLStreamException, SAXException {
        while (ready.isEmpty() && !done) {
            step();
        }
        return ready.poll();
    }

    /** Uncompressed bytes of the sheet XML read so far. */
    long bytesRead() {
        return in.count;
    }

    private void step() throws XMLStreamException, SAXException {
        switch (xml.next()) {
            case XMLStreamConstants.START_ELEMENT -> {
                AttributesImpl attributes = new AttributesImpl();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    String prefix = xml.getAttributePrefix(i);
                    String local = xml.getAttributeLocalName(i);
                    String ns = xml.getAttributeNamespace(i);
                    attributes.addAttribute(ns == null ? "" : ns, local,
                            prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, "CDATA",
                            xml.getAttributeValue(i));
                }
                String local = xml.getLocalName();
                if ("c".equals(local)) {
                    cellType = attributes.getValue("t");
                }
                handler.startElement(xml.getNamespaceURI(), local, qName(), attributes);
            }
            case XMLStreamConstants.END_ELEMENT -> handler.endElement(xml.getNamespaceURI(), xml.getLocalName(), qName());
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            case XMLStreamConstants.END_DOCUMENT -> done = true;
            default -> {
                // comments, processing instructions: nothing to read
            }
        }
    }

    private String qName() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    @Override
    public void startRow(int rowNum) {
        cells = new ArrayList<>();
        textCells = 0;
        lastColumn = -1;
    }

    @Override
    public void endRow(int rowNum) {
        ready.add(new RawRow(rowNum, cells, textCells));
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
        lastColumn = column;
        if (column < 0 || column >= MAX_COLUMNS) {
            return;
        }
        String text = text(formattedValue);
        if (("s".equals(cellType) || "inlineStr".equals(cellType)) && !text.isEmpty()) {
            textCells++;
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, text);
    }

    private String text(String value) {
        if (value == null) {
            return "";
        }
        if ("b".equals(cellType)) {
            return "TRUE".equals(value) ? "ja" : "nein";
        }
        if ("e".equals(cellType)) {
            return "";
        }
        return value.trim();
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // read-only
        }
        try {
            in.close();
        } catch (IOException e) {
            // read-only
        }
    }

    /**
     * Numbers as plain decimals with decimal comma ({@code 1234,5}: the same text as a German number
     * stored as text), date-formatted numbers as ISO date (or date-time when there is a time of day).
     */
    static final class PlainNumbers extends DataFormatter {
        private final boolean date1904;

        PlainNumbers(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, date1904);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString != null && DateUtil.isValidExcelDate(value) && DateUtil.isADateFormat(formatIndex, formatString)) {
                LocalDateTime t = DateUtil.getLocalDateTime(value, use1904 || date1904);
                return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
            }
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return "";
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('.', ',');
        }
    }
}
