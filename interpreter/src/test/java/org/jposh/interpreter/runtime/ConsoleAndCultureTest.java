package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.jposh.interpreter.PoshLanguage;
import org.junit.jupiter.api.Test;

/** [Console] against the context's own streams, and the session culture the options and environment choose. */
class ConsoleAndCultureTest {
    private static final Engine ENGINE = Engine.newBuilder(PoshLanguage.ID)
            .option("engine.WarnInterpreterOnly", "false").build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Context.Builder context(String input) {
        return Context.newBuilder(PoshLanguage.ID).engine(ENGINE).out(out).err(err)
                .in(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesGoToTheContextsStreamsAndAreNotOutput() {
        try (Context c = context("").build()) {
            Value result = c.eval(PoshLanguage.ID, "$x = [Console]::WriteLine('a'); [Console]::Error.WriteLine('e');"
                    + " [Console]::Write('{0}-{1}', 'x', 2); $null -eq $x");
            assertTrue(result.asBoolean());
            assertEquals("a\nx-2", text(out));
            assertEquals("e\n", text(err));
        }
    }

    @Test
    void readLineReadsTheContextsInputLineByLine() {
        try (Context c = context("first\r\nsecond\n").build()) {
            Value lines = c.eval(PoshLanguage.ID, "[Console]::ReadLine(); [Console]::In.ReadLine();"
                    + " $null -eq [Console]::ReadLine()");
            assertEquals("first", lines.getArrayElement(0).asString());
            assertEquals("second", lines.getArrayElement(1).asString());
            assertTrue(lines.getArrayElement(2).asBoolean());
        }
    }

    @Test
    void consoleInIsATextReaderThatTakesNoMoreThanTheLineItReads() {
        try (Context c = context("first\nsecond\nthird\nfourth\n").build()) {
            Value result = c.eval(PoshLanguage.ID, "[Console]::In -is [System.IO.TextReader];"
                    + " [Console]::ReadLine(); $Host.UI.ReadLine(); [char][Console]::In.Peek(); [Console]::ReadLine();"
                    + " [Console]::In.ReadToEnd()");
            assertTrue(result.getArrayElement(0).asBoolean());
            assertEquals("first", result.getArrayElement(1).asString());
            assertEquals("second", result.getArrayElement(2).asString());
            assertEquals("t", result.getArrayElement(3).asString());
            assertEquals("third", result.getArrayElement(4).asString());
            assertEquals("fourth\n", result.getArrayElement(5).asString());
        }
    }

    @Test
    void closingConsoleInEndsItUntilTheInputEncodingIsSet() {
        try (Context c = context("line\n").build()) {
            Value result = c.eval(PoshLanguage.ID, "[Console]::In.Close();"
                    + " try { [Console]::ReadLine() } catch { $_.Exception.InnerException.Message };"
                    + " [Console]::InputEncoding = [Text.Encoding]::UTF8; [Console]::ReadLine()");
            assertEquals("Cannot read from a closed TextReader.\nObject name: 'StreamReader'.",
                    result.getArrayElement(0).asString());
            assertEquals("line", result.getArrayElement(1).asString());
        }
    }

    @Test
    void coloursWriteTheirSequencesOnlyToATerminal() {
        try (Context c = context("").option("posh.Terminal", "true").build()) {
            c.eval(PoshLanguage.ID, "[Console]::ForegroundColor = 'Red'; [Console]::Write('x'); [Console]::ResetColor()");
            assertEquals("\u001b[91mx\u001b[0m", text(out));
        }
        out.reset();
        try (Context c = context("").build()) {
            Value color = c.eval(PoshLanguage.ID, "[Console]::ForegroundColor = 'Red'; [Console]::Write('x');"
                    + " [string][Console]::ForegroundColor; [Console]::ResetColor(); [int][Console]::ForegroundColor");
            assertEquals("x", text(out));
            assertEquals("Red", color.getArrayElement(0).asString());
            assertEquals(-1, color.getArrayElement(1).asInt());
        }
    }

    @Test
    void theCultureOptionSetsTheSessionsCulture() {
        try (Context c = context("").option("posh.Culture", "de_DE.UTF-8").build()) {
            Value result = c.eval(PoshLanguage.ID, "$PSCulture; (1234.5).ToString('N1'); '{0:d}' -f [datetime]'2026-11-21'");
            assertEquals("de-DE", result.getArrayElement(0).asString());
            assertEquals("1.234,5", result.getArrayElement(1).asString());
            assertEquals("21.11.2026", result.getArrayElement(2).asString());
        }
    }

    @Test
    void posixLocalesNameCultures() {
        assertEquals("fr-FR", CultureInfo.fromPosixLocale("fr_FR.UTF-8@euro").name());
        assertEquals("en-US", CultureInfo.fromPosixLocale("C.UTF-8").name());
        assertEquals("en-US", CultureInfo.fromPosixLocale("POSIX").name());
        assertEquals("en-US", CultureInfo.fromPosixLocale("xx_YY").name());
    }

    @Test
    void formattingOutsideASessionIsEnUs() {
        assertEquals("1,234.50", NumberFormatter.format(1234.5, "N2"));
        assertEquals("1.234,50", NumberFormatter.format(1234.5, "N2", CultureInfo.get("de-DE").numberFormat()));
    }
}
