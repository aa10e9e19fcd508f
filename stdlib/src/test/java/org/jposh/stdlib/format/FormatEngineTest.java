package org.jposh.stdlib.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.stdlib.format.FormatData.Shape;
import org.junit.jupiter.api.Test;

/**
 * The layout engine against the exact text pwsh prints; the expectations are those of PowerShell's
 * Format-Table.Tests.ps1, Format-List.Tests.ps1 and Out-String.Tests.ps1 where they have them.
 */
class FormatEngineTest {

    // ---- helpers: "objects | Format-X | Out-String" and "objects | Out-String" ----

    private static PSObject object(Object... namesAndValues) {
        PSObject o = PSObject.newCustomObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            o.setNoteProperty((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return o;
    }

    private static String outStringOfWidth(int width, Object... objects) {
        StringBuilder sb = new StringBuilder();
        OutputRenderer renderer = new OutputRenderer(new TextLineOutput(width, 120, l -> sb.append(l).append('\n')));
        for (Object o : objects) {
            renderer.process(o);
        }
        renderer.end();
        return sb.toString();
    }

    private static String outString(Object... objects) {
        return outStringOfWidth(0, objects);
    }

    private static Object[] format(Shape shape, FormatOptions options, Object... objects) {
        List<FormatData> data = new ArrayList<>();
        FormatProcessor processor = new FormatProcessor(shape, options);
        for (Object o : objects) {
            processor.process(o, data::add);
        }
        processor.end(data::add);
        return data.toArray();
    }

    private static FormatOptions properties(FormatParameter.Keys keys, Object... arguments) {
        List<FormatParameter> list = new ArrayList<>();
        for (Object a : arguments) {
            list.add(FormatParameter.parse(a, keys, "Format-Table"));
        }
        return new FormatOptions(list, null, false, false, false, 0, null);
    }

    private static Hashtable hashtable(Object... keysAndValues) {
        Hashtable h = new Hashtable();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            h.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return h;
    }

    // ---- tables ----

    @Test
    void aCustomObjectWithFewPropertiesIsATable() {
        // Format-Table.Tests.ps1 'Table header should use TableHeader', without the styles
        assertEquals("\nfoo\n---\n  1\n\n", outString(format(Shape.TABLE, null, object("foo", 1))));
        assertEquals("\nfoo\n---\n  1\n\n", outString(object("foo", 1)));
    }

    @Test
    void stringsAreLeftAlignedNumbersRight() {
        assertEquals("\nname size booleanValue\n---- ---- ------------\nBob  1234         True\nJim     5        False\n\n",
                outString(object("name", "Bob", "size", 1234, "booleanValue", true),
                        object("name", "Jim", "size", 5, "booleanValue", false)));
    }

    @Test
    void wideCharactersTakeTwoCells() {
        PSObject o = object("哇", "62", "dbda", "KM", "消息", "千");
        assertEquals("\n哇 dbda 消息\n-- ---- ----\n62 KM   千\n\n", outString(format(Shape.TABLE, null, o)));
        assertEquals("\n哇   : 62\ndbda : KM\n消息 : 千\n\n", outString(format(Shape.LIST, null, o)));
    }

    @Test
    void tablesShowFloatingPointNumbersWithTwoDecimalsListsInFull() {
        PSObject o = object("double", 1234.56789, "float", 9876.543f, "decimal", new BigDecimal("4567.123456789"));
        assertEquals("\n double   float decimal\n ------   ----- -------\n1234.57 9876.54 4567.12\n\n",
                outString(format(Shape.TABLE, null, o)));
        assertEquals("\ndouble  : 1234.56789\nfloat   : 9876.543\ndecimal : 4567.123456789\n\n",
                outString(format(Shape.LIST, null, o)));
    }

    @Test
    void collectionsShowAtMostFourElements() {
        PSObject o = object("array", new Object[] {0, 1, 2, 3, 4}, "test", new Object[] {1, 2});
        assertEquals("\narray         test\n-----         ----\n{0, 1, 2, 3…} {1, 2}\n\n", outString(o));
    }

    @Test
    void hashtablesUseTheNameValueView() {
        String expected = "\nName                           Value\n----                           -----\n"
                + "a                              1\nb                              two\n\n";
        OrderedDictionary d = new OrderedDictionary();
        d.put("a", 1);
        d.put("b", "two");
        assertEquals(expected, outString(d));
        assertEquals(expected, outString(format(Shape.TABLE, null, d)));
        assertEquals("\nName  : a\nValue : 1\n\nName  : b\nValue : two\n\n", outString(format(Shape.LIST, null, d)));
    }

    @Test
    void laterObjectsUseTheFirstObjectsColumns() {
        // The second row's cell is empty, padded to the right-aligned column's width.
        assertEquals("\na\n-\n1\n \n\n", outString(object("a", 1), object("b", 2)));
    }

    @Test
    void scalarsInsideATableArePrintedByTheirString() {
        assertEquals("\na\n-\n1\n5\n2\n\n", outString(object("a", 1), 5, object("a", 2)));
    }

    @Test
    void scalarsArePrintedOnePerLineAndNullNothing() {
        assertEquals("1\nhello\nTrue\n2.5\n", outString(1, null, "hello", true, 2.5));
        assertEquals("a\nb\n", outString((Object) new Object[] {"a", "b"}));
    }

    @Test
    void moreThanFourPropertiesMakeAList() {
        assertEquals("\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\na : 6\nb : 7\nc : 8\nd : 9\ne : 10\n\n",
                outString(object("a", 1, "b", 2, "c", 3, "d", 4, "e", 5),
                        object("a", 6, "b", 7, "c", 8, "d", 9, "e", 10)));
    }

    @Test
    void objectsOfAnotherTypeInsideAKnownViewAreListedOutOfBand() {
        assertEquals("\nName                           Value\n----                           -----\n"
                + "k                              v\n\nx : 1\n\n\n", outString(hashtable("k", "v"), object("x", 1)));
    }

    @Test
    void calculatedPropertyWithWidthAndCenterAlignment() {
        // Format-Table.Tests.ps1 'Should be formatted correctly if width is declared and using center alignment'
        Hashtable column = hashtable("l", "one", "e", "one", "width", 10, "alignment", "center");
        assertEquals("\n   one\n   ---\n    1\n\n",
                outString(format(Shape.TABLE, properties(FormatParameter.Keys.TABLE, column), object("one", 1))));
    }

    @Test
    void calculatedPropertyWithAScript() {
        ScriptCallable twice = new ScriptCallable() {
            @Override
            public Object invoke(Object dollarThis, Object dollarUnder, Object[] args) {
                return 2 * (Integer) ((PSObject) dollarUnder).property("n").getValue(dollarUnder);
            }

            @Override
            public String toString() {
                return " $_.n * 2 ";
            }
        };
        assertEquals("\nn Twice\n- -----\n3     6\n\n", outString(format(Shape.TABLE,
                properties(FormatParameter.Keys.TABLE, "n", hashtable("Name", "Twice", "Expression", twice)),
                object("n", 3, "m", 4))));
        // The label is the script's text; its dashes are as long as the label.
        assertEquals("\nn  $_.n * 2 \n- ----------\n3          6\n\n",
                outString(format(Shape.TABLE, properties(FormatParameter.Keys.TABLE, "n", twice), object("n", 3))));
    }

    @Test
    void propertyWildcardsAndUnknownNames() {
        PSObject o = object("alpha", 1, "beta", 2, "albert", 3);
        // A name that matches nothing stays a column, empty (after its separator).
        assertEquals("\nalpha albert missing\n----- ------ -------\n    1      3 \n\n",
                outString(format(Shape.TABLE, properties(FormatParameter.Keys.TABLE, "al*", "missing"), o)));
        assertEquals("\nalpha  : 1\nalbert : 3\n\n",
                outString(format(Shape.LIST, properties(FormatParameter.Keys.LIST, "al*", "missing"), o)));
    }

    @Test
    void cellsTooWideAreCutWithAnEllipsis() {
        assertEquals("\na\n-\nabcdefghi…\n\n", outStringOfWidth(10, object("a", "abcdefghijklmnop")));
        assertEquals("\n         a\n         -\n…567890123\n\n", outStringOfWidth(10, object("a", 1234567890123L)));
    }

    @Test
    void wrapSplitsCellsAtWords() {
        FormatOptions wrap = new FormatOptions(List.of(), null, false, true, false, 0, null);
        assertEquals("\na\n-\nhello\nworld foo\n\n", outStringOfWidth(10, format(Shape.TABLE, wrap, object("a", "hello world foo"))));
    }

    @Test
    void multiLineValuesAreCutInTablesAndIndentedInLists() {
        assertEquals("\na\n-\nx…\n\n", outString(object("a", "x\ny")));
        assertEquals("\nlabel : x\n        y\n\n", outString(format(Shape.LIST, null, object("label", "x\ny"))));
    }

    @Test
    void hideTableHeaders() {
        FormatOptions hide = new FormatOptions(List.of(), null, false, false, true, 0, null);
        assertEquals("\nx 1\n\n", outString(format(Shape.TABLE, hide, object("a", "x", "b", 1))));
    }

    @Test
    void groupByStartsATablePerGroup() {
        FormatOptions byG = new FormatOptions(List.of(), FormatParameter.parse("g", FormatParameter.Keys.GROUP_BY,
                "Format-Table"), false, false, false, 0, null);
        assertEquals("\n   g: a\n\nx g\n- -\n1 a\n2 a\n\n   g: b\n\nx g\n- -\n3 b\n\n",
                outString(format(Shape.TABLE, byG, object("x", 1, "g", "a"), object("x", 2, "g", "a"),
                        object("x", 3, "g", "b"))));
    }

    @Test
    void wideViewShowsNamesInColumns() {
        Object[] objects = {object("Name", "a", "Size", 1), object("Name", "bb", "Size", 2),
            object("Name", "c", "Size", 3)};
        // Two columns share the 120 cells: 60 and 59, one space apart; every column but the last is padded.
        assertEquals("\na" + " ".repeat(59) + " bb\nc" + " ".repeat(60) + "\n\n",
                outString(format(Shape.WIDE, null, objects)));
        FormatOptions threeColumns = new FormatOptions(List.of(), null, false, false, false, 3, null);
        assertEquals("\na      bb     c\n\n", outStringOfWidth(20, format(Shape.WIDE, threeColumns, objects)));
        FormatOptions autoSize = new FormatOptions(List.of(), null, true, false, false, 0, null);
        // -AutoSize: as many 2-cell values as fit in 9 cells with separators (3), sharing the 9 cells (3, 2, 2).
        assertEquals("\na   bb c\n\n", outStringOfWidth(9, format(Shape.WIDE, autoSize, objects)));
        assertEquals("\na    bb\nc    \n\n", outStringOfWidth(8, format(Shape.WIDE, autoSize, objects)));
    }

    @Test
    void autoSizeSizesColumnsFromAllRows() {
        FormatOptions autoSize = new FormatOptions(List.of(), null, true, false, false, 0, null);
        assertEquals("\na      b\n-      -\nx      1\nlonger 2\n\n",
                outString(format(Shape.TABLE, autoSize, object("a", "x", "b", 1), object("a", "longer", "b", 2))));
    }

    @Test
    void errorRecordsAreWrittenAsTheirErrorView() {
        ErrorRecord error = new ErrorRecord("boom", "Boom", ErrorCategory.InvalidOperation, null, null,
                "RuntimeException", null);
        assertEquals(error.normalView() + "\n", outString(error));
    }

    @Test
    void badCalculatedPropertiesAreErrors() {
        PoshException e = assertThrows(PoshException.class,
                () -> FormatParameter.parse(hashtable("Expression", "a", "Bogus", 1), FormatParameter.Keys.TABLE,
                        "Format-Table"));
        assertEquals("The Bogus key is not valid.", e.errorRecord().message());
        assertEquals("DictionaryKeyIllegal,Microsoft.PowerShell.Commands.FormatTableCommand",
                e.errorRecord().fullyQualifiedErrorId());
    }

    @Test
    void terminalOutputStylesHeadersAndLabels() {
        List<String> lines = new ArrayList<>();
        LineOutput terminal = new LineOutput(120, 120, true) {
            @Override
            public void writeLine(String line) {
                lines.add(line);
            }
        };
        OutputRenderer renderer = new OutputRenderer(terminal);
        renderer.process(object("foo", 1));
        renderer.end();
        assertEquals(List.of("", "\u001b[32;1mfoo\u001b[0m", "\u001b[32;1m---\u001b[0m", "  1", ""), lines);
    }
}
