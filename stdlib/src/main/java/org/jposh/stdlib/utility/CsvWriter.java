package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;

/**
 * The lines ConvertTo-Csv and Export-Csv write (pwsh's ExportCsvHelper): the columns are the first
 * object's properties (a dictionary's keys), each field is the property value's ToString, quoted as
 * -UseQuotes or -QuoteFields say with inner quotes doubled.
 */
final class CsvWriter {
    private static final String CSV_TYPE_PREFIX = "CSV:";

    private final char delimiter;
    private final CsvQuoteKind quoteKind;
    private final Set<String> quoteFields;

    /** @param quoteFields the columns to quote (any case), or null to follow {@code quoteKind} */
    CsvWriter(char delimiter, CsvQuoteKind quoteKind, String[] quoteFields) {
        this.delimiter = delimiter;
        this.quoteKind = quoteKind;
        if (quoteFields == null) {
            this.quoteFields = null;
        } else {
            this.quoteFields = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            this.quoteFields.addAll(List.of(quoteFields));
        }
    }

    /** The column names an object gives: a dictionary's keys and the PSObject's own properties, or all its properties. */
    static List<String> propertyNames(Object value) {
        PSObject source = PSObject.asPSObject(value);
        List<String> names = new ArrayList<>();
        if (source.baseObject() instanceof Map<?, ?> dictionary) {
            for (Object key : dictionary.keySet()) {
                names.add(LanguagePrimitives.toStringValue(key));
            }
            for (var member : source.instanceMembers()) {
                if (member instanceof PSPropertyInfo) {
                    names.add(member.name());
                }
            }
        } else {
            for (PSPropertyInfo property : source.properties()) {
                names.add(property.name());
            }
        }
        return names;
    }

    /** {@code #TYPE System.Management.Automation.PSCustomObject}: the first type name, without a {@code CSV:} prefix. */
    static String typeLine(Object value) {
        List<String> typeNames = PSObject.asPSObject(value).typeNames();
        if (typeNames.isEmpty()) {
            return "#TYPE";
        }
        String first = typeNames.getFirst();
        if (first.regionMatches(true, 0, CSV_TYPE_PREFIX, 0, CSV_TYPE_PREFIX.length())) {
            first = first.substring(CSV_TYPE_PREFIX.length());
        }
        return "#TYPE " + first;
    }

    String headerLine(List<String> names) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String name : names) {
            if (!first) {
                sb.append(delimiter);
            }
            first = false;
            appendField(sb, name, name);
        }
        return sb.toString();
    }

    String recordLine(Object value, List<String> names) {
        PSObject source = PSObject.asPSObject(value);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String name : names) {
            if (!first) {
                sb.append(delimiter);
            }
            first = false;
            String field = fieldValue(source, name);
            if (field != null) {
                appendField(sb, name, field);
            }
        }
        return sb.toString();
    }

    private static String fieldValue(PSObject source, String name) {
        Object value = null;
        if (source.baseObject() instanceof Map<?, ?> dictionary && dictionary.containsKey(name)) {
            value = dictionary.get(name);
        } else {
            PSPropertyInfo property = source.property(name);
            if (property == null) {
                return null;
            }
            try {
                // Adapted properties read the base object; instance ones the PSObject ($this).
                value = property.getValue(property instanceof PSProperty ? source.baseObject() : source);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return value == null ? null : LanguagePrimitives.dotNetToString(value);
    }

    private void appendField(StringBuilder sb, String column, String text) {
        boolean quote;
        if (quoteFields != null) {
            quote = quoteFields.contains(column);
        } else {
            quote = switch (quoteKind) {
                case Always -> true;
                case AsNeeded -> text.indexOf(delimiter) >= 0 || text.indexOf('\n') >= 0 || text.indexOf('"') >= 0;
                case Never -> false;
            };
        }
        if (!quote) {
            sb.append(text);
            return;
        }
        sb.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }
}
