package de.netzatlas.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import de.netzatlas.report.ReportModel.Document;

/**
 * The document model as JSON (Jackson), for published editions: every figure, table cell, caption
 * and the records behind them, read back into the same records. The blocks carry their kind
 * ("typ"); dates are ISO strings; map keys are sorted so the same model always gives the same text.
 */
public final class ReportJson {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "typ")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ReportModel.Heading.class, name = "ueberschrift"),
            @JsonSubTypes.Type(value = ReportModel.Paragraph.class, name = "absatz"),
            @JsonSubTypes.Type(value = ReportModel.Table.class, name = "tabelle"),
            @JsonSubTypes.Type(value = ReportModel.Chart.class, name = "diagramm"),
            @JsonSubTypes.Type(value = ReportModel.MapFigure.class, name = "karte"),
            @JsonSubTypes.Type(value = ReportModel.ItemList.class, name = "liste")})
    private interface BlockTypes {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(ReportModel.Block.class, BlockTypes.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Document d) {
        try {
            return mapper.writeValueAsString(d);
        } catch (IOException e) {
            throw new UncheckedIOException("Berichtsmodell nicht als JSON darstellbar: " + e.getMessage(), e);
        }
    }

    public Document read(String json) {
        try {
            return mapper.readValue(json, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Gespeicherte Berichtsausgabe nicht lesbar: " + e.getMessage(), e);
        }
    }
}
