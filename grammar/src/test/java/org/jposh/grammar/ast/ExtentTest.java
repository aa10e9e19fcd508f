package org.jposh.grammar.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtentTest {

    @Test
    void linesAndColumnsAreOneBased() {
        ScriptSource source = new ScriptSource(null, "ab\r\ncd\nef");
        Extent e = source.extent(5, 6);
        assertEquals(2, e.startLine());
        assertEquals(2, e.startColumn());
        assertEquals("d", e.text());
        assertEquals("ef", source.line(3));
    }

    @Test
    void positionMessageMarksTheExtent() {
        ScriptSource source = new ScriptSource(null, "x\n$a = 1 + $b\n");
        assertEquals("At line:2 char:6\n+ $a = 1 + $b\n+      ~~~~~~", source.extent(7, 13).positionMessage());
    }

    @Test
    void positionMessageNamesTheFile() {
        ScriptSource source = new ScriptSource("/tmp/t.ps1", "1 +");
        assertEquals("At /tmp/t.ps1:1 char:4\n+ 1 +\n+    ~", source.extent(3, 3).positionMessage());
    }

    @Test
    void longLinesAreCutAroundTheError() {
        String line = "Write-Output " + "a".repeat(80) + " $oops " + "b".repeat(40);
        int at = line.indexOf("$oops");
        String message = new ScriptSource(null, line).extent(at, at + 5).positionMessage();
        String[] parts = message.split("\n");
        assertEquals("At line:1 char:" + (at + 1), parts[0]);
        String shown = parts[1].substring(2);
        String marker = parts[2].substring(2);
        assertEquals("$oops", shown.substring(marker.indexOf('~'), marker.indexOf('~') + 5));
        assertEquals(true, shown.startsWith("\u2026 ") && shown.endsWith(" \u2026"));
    }
}
