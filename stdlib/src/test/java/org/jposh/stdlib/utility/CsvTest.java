package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.junit.jupiter.api.Test;

/** The CSV reader and writer, with cases from pwsh's Import-Csv, ConvertFrom-Csv and ConvertTo-Csv tests. */
class CsvTest {
    private final List<Object> records = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private CsvReader read(String text, char delimiter, List<String> header) {
        CsvReader reader = new CsvReader(new StringReader(text), delimiter, header, null);
        reader.importRecords(records::add, warnings::add, false);
        return reader;
    }

    private Object field(int record, String name) {
        return ((PSNoteProperty) ((PSObject) records.get(record)).instanceMember(name)).value();
    }

    @Test
    void quotedFieldsWithDelimitersQuotesAndLineBreaks() {
        read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"multi\nline\",2\n", ',', null);
        assertEquals(2, records.size());
        assertEquals("x, y", field(0, "a"));
        assertEquals("say \"hi\"", field(0, "b"));
        assertEquals("multi\nline", field(1, "a"));
    }

    @Test
    void typeLineCommentsAndEmptyLines() {
        CsvReader reader = read("#TYPE My.Type\n#comment\nA,B\n\n1,2\n3\n", ',', null);
        assertEquals("My.Type", reader.typeName());
        assertEquals(List.of("My.Type", "CSV:My.Type"), ((PSObject) records.getFirst()).typeNames());
        assertEquals(2, records.size());
        assertNull(field(1, "B"));
    }

    @Test
    void fieldsLoseLeadingBlanksButKeepInnerOnes() {
        read("A,B\n  x y ,  \"q\"  \n", ',', null);
        assertEquals("x y ", field(0, "A"));
        assertEquals("q", field(0, "B"));
    }

    @Test
    void unnamedColumnsAreNumberedWithOneWarning() {
        read("a,,c\n1,2,3\n4,5,6\n", ',', null);
        assertEquals("2", field(0, "H1"));
        assertEquals(List.of(CsvReader.UNSPECIFIED_NAME_WARNING), warnings);
    }

    @Test
    void givenHeaderAndOtherDelimiter() {
        read("1;2;3\n", ';', List.of("X", "Y"));
        assertEquals("1", field(0, "X"));
        assertEquals("2", field(0, "Y"));
    }

    @Test
    void repeatedColumnNamesAreRefused() {
        PSRuntimeException e = assertThrows(PSRuntimeException.class, () -> read("a,A\n1,2\n", ',', null));
        assertEquals("AlreadyPresentPSMemberInfoInternalCollectionAdd", e.errorId());
        assertEquals("The member \"A\" is already present.", e.getMessage());
    }

    @Test
    void writerQuotesAsAsked() {
        OrderedDictionary row = new OrderedDictionary();
        row.put("Name", "a,\"b\"");
        row.put("Size", 1.5);
        row.put("None", null);
        PSObject value = PSObject.fromDictionary(row);
        List<String> names = CsvWriter.propertyNames(value);
        assertEquals(List.of("Name", "Size", "None"), names);
        assertEquals("\"Name\",\"Size\",\"None\"", new CsvWriter(',', CsvQuoteKind.Always, null).headerLine(names));
        assertEquals("\"a,\"\"b\"\"\",\"1.5\",", new CsvWriter(',', CsvQuoteKind.Always, null).recordLine(value, names));
        assertEquals("\"a,\"\"b\"\"\",1.5,", new CsvWriter(',', CsvQuoteKind.AsNeeded, null).recordLine(value, names));
        assertEquals("a,\"b\";1.5;", new CsvWriter(';', CsvQuoteKind.Never, null).recordLine(value, names));
        assertEquals("a,\"b\",\"1.5\",", new CsvWriter(',', CsvQuoteKind.Always, new String[] {"size"})
                .recordLine(value, names));
        assertEquals("#TYPE System.Management.Automation.PSCustomObject", CsvWriter.typeLine(value));
    }

    @Test
    void dictionariesGiveTheirKeys() {
        Hashtable table = new Hashtable();
        table.put("k", "v");
        assertEquals(List.of("k"), CsvWriter.propertyNames(table));
        assertEquals("\"v\"", new CsvWriter(',', CsvQuoteKind.Always, null).recordLine(table, List.of("k")));
    }
}
