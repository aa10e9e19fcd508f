package org.jposh.stdlib.utility;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Reads CSV text into custom objects as pwsh's ImportCsvHelper does: an optional {@code #TYPE} line,
 * {@code #} comment lines before the header, fields trimmed of unquoted leading blanks, quoted fields
 * with doubled quotes and line breaks, empty lines skipped, missing values $null, and unnamed columns
 * called H1, H2... (with one warning).
 */
final class CsvReader {
    static final String UNSPECIFIED_NAME_WARNING = "One or more headers were not specified. Default names starting "
            + "with \"H\" have been used in place of any missing headers.";
    private static final String CSV_TYPE_PREFIX = "CSV:";

    private final Reader in;
    private final char delimiter;
    private int peeked = -2;
    private List<String> header;
    private String typeName;

    /** @param header the column names (-Header), or null to read them from the text */
    CsvReader(Reader in, char delimiter, List<String> header, String typeName) {
        this.in = in;
        this.delimiter = delimiter;
        this.header = header;
        this.typeName = typeName;
    }

    List<String> header() {
        return header;
    }

    String typeName() {
        return typeName;
    }

    /**
     * Reads the header, then writes one object per record.
     *
     * @param warnedUnspecifiedName whether the warning about unnamed columns was already written
     * @return whether the warning has been written now
     * @throws CmdletException AlreadyPresentPSMemberInfoInternalCollectionAdd for a repeated column name
     */
    boolean importRecords(Consumer<Object> output, Consumer<String> warnings, boolean warnedUnspecifiedName) {
        readHeader();
        boolean warned = warnedUnspecifiedName;
        List<String> values = new ArrayList<>();
        while (true) {
            parseRecord(values);
            if (values.isEmpty()) {
                break;
            }
            if (values.size() == 1 && values.getFirst().isEmpty()) {
                continue;
            }
            PSObject result = PSObject.newCustomObject();
            int unspecified = 1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (name.isEmpty()) {
                    name = "H" + unspecified++;
                }
                result.addMember(new PSNoteProperty(name, i < values.size() ? values.get(i) : null));
            }
            if (!warned && unspecified != 1) {
                warnings.accept(UNSPECIFIED_NAME_WARNING);
                warned = true;
            }
            if (typeName != null && !typeName.isEmpty()) {
                result.typeNames().clear();
                result.typeNames().add(typeName);
                result.typeNames().add(CSV_TYPE_PREFIX + typeName);
            }
            output.accept(result);
        }
        return warned;
    }

    /** The {@code #TYPE} line and the header (the first record that is not a comment), unless given. */
    void readHeader() {
        if (typeName == null && peek() == '#') {
            String line = readLine();
            if (line.regionMatches(true, 0, "#Type", 0, 5)) {
                String type = line.substring(5).strip();
                typeName = type.isEmpty() ? null : type;
            }
        }
        List<String> values = new ArrayList<>();
        while (header == null && peek() >= 0) {
            parseRecord(values);
            while (values.size() > 1 && values.getLast().isEmpty()) {
                values.removeLast();
            }
            if (!values.isEmpty() && values.getFirst().startsWith("#Fields: ")) {
                values.set(0, values.getFirst().substring(9));
                header = new ArrayList<>(values);
            } else if (values.isEmpty() || !values.getFirst().startsWith("#")) {
                header = new ArrayList<>(values);
            }
        }
        if (header == null) {
            header = List.of();
        }
        TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : header) {
            if (!name.isEmpty() && !seen.add(name)) {
                throw new CmdletException("AlreadyPresentPSMemberInfoInternalCollectionAdd", ErrorCategory.NotSpecified,
                        "The member \"" + name + "\" is already present.", "ExtendedTypeSystemException");
            }
        }
    }

    private void parseRecord(List<String> result) {
        result.clear();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        int c;
        while ((c = read()) >= 0) {
            char ch = (char) c;
            if (ch == delimiter && !inQuotes) {
                result.add(current.toString());
                current.setLength(0);
            } else if (ch == delimiter) {
                current.append(ch);
            } else if (ch == '"') {
                if (inQuotes) {
                    if (peek() == '"') {
                        read();
                        current.append('"');
                    } else {
                        inQuotes = false;
                        if (finishField(current, result, true)) {
                            return;
                        }
                    }
                } else if (current.isEmpty()) {
                    inQuotes = true;
                } else {
                    current.append(ch);
                    if (finishField(current, result, false)) {
                        return;
                    }
                }
            } else if (ch == ' ' || ch == '\t') {
                if (inQuotes) {
                    current.append(ch);
                } else if (!current.isEmpty()) {
                    current.append(ch);
                    if (finishField(current, result, true)) {
                        return;
                    }
                }
            } else if (ch == '\r' || ch == '\n') {
                String newLine = ch == '\r' && peek() == '\n' ? "\r" + (char) read() : String.valueOf(ch);
                if (inQuotes) {
                    current.append(newLine);
                } else {
                    result.add(current.toString());
                    return;
                }
            } else {
                current.append(ch);
            }
        }
        if (!current.isEmpty()) {
            result.add(current.toString());
        }
    }

    /**
     * Reads the rest of a field up to the next delimiter or line end (ReadTillNextDelimiter); a rest of
     * only blanks is dropped when {@code eatTrailingBlanks}.
     *
     * @return whether the record ended
     */
    private boolean finishField(StringBuilder current, List<String> result, boolean eatTrailingBlanks) {
        StringBuilder rest = new StringBuilder();
        boolean nonBlank = false;
        boolean endOfRecord = false;
        while (true) {
            int c = read();
            if (c < 0) {
                endOfRecord = true;
                break;
            }
            char ch = (char) c;
            if (ch == delimiter) {
                break;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                endOfRecord = true;
                break;
            }
            rest.append(ch);
            nonBlank |= ch != ' ' && ch != '\t';
        }
        current.append(eatTrailingBlanks && !nonBlank ? rest.toString().strip() : rest);
        result.add(current.toString());
        current.setLength(0);
        return endOfRecord;
    }

    private String readLine() {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = read()) >= 0 && c != '\n' && c != '\r') {
            sb.append((char) c);
        }
        if (c == '\r' && peek() == '\n') {
            read();
        }
        return sb.toString();
    }

    private int peek() {
        if (peeked == -2) {
            peeked = readFromSource();
        }
        return peeked;
    }

    private int read() {
        int c = peek();
        peeked = -2;
        return c;
    }

    private int readFromSource() {
        try {
            return in.read();
        } catch (IOException e) {
            throw FileAccess.ioFailure(e);
        }
    }
}
