package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Select-String on files and Tee-Object (Select-String.Tests.ps1, Tee-Object.Tests.ps1). */
public class FileCmdletsTest {
    @TempDir
    Path dir;

    /** Runs a script as a host does; returns what it printed, then the error output after a blank line. */
    public static String run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("posh").allowIO(IOAccess.ALL).out(out).err(err).option("posh.HostOutput", "true")
                .option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval("posh", script);
        } catch (PolyglotException e) {
            if (!e.isGuestException() || e.isInternalError()) {
                throw e;
            }
        }
        String errors = err.toString(StandardCharsets.UTF_8);
        return out.toString(StandardCharsets.UTF_8) + (errors.isEmpty() ? "" : "\n" + errors);
    }

    @Test
    void selectStringShowsPathLineAndText() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "first\r\nsecond line\nthird line\n");
        // MatchInfo's custom view: its lines between the blank lines that start and end a view.
        assertEquals("\n" + file + ":2:second line\n" + file + ":3:third line\n\n",
                run("Select-String 'line' '" + file + "'"));
        assertEquals("\n" + file + ":2:second line\n\n", run("Select-String 'line' -LiteralPath '" + file + "' -List"));
        assertEquals("True\n", run("Select-String 'third' '" + file + "' -Quiet"));
        assertEquals("False\n", run("Select-String 'nothing' '" + file + "' -Quiet"));
        String json = run("Select-String 'third' '" + file + "' | ConvertTo-Json -Compress -Depth 1");
        assertTrue(json.contains("{\"IgnoreCase\":true,\"LineNumber\":3,\"Line\":\"third line\",\"Filename\":\"a.txt\","
                + "\"Path\":\"" + file + "\",\"Pattern\":\"third\""), json);
    }

    @Test
    void selectStringReportsMissingFilesAndGoesOn() throws IOException {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, "match\n");
        String output = run("Select-String 'match' '" + dir.resolve("none.txt") + "'");
        assertTrue(output.contains("Cannot find path '" + dir.resolve("none.txt") + "' because it does not exist."),
                output);
        assertTrue(output.contains("PathNotFound,Microsoft.PowerShell.Commands.SelectStringCommand"), output);
    }

    @Test
    void teeObjectWritesTheFileAndPassesObjectsOn() throws IOException {
        Path file = dir.resolve("tee.txt");
        assertEquals("a\nb\n", run("Write-Output 'a' 'b' | Tee-Object -FilePath '" + file + "'"));
        assertEquals("a\nb\n", Files.readString(file));
        assertEquals("c\n", run("Write-Output 'c' | Tee-Object '" + file + "' -Append"));
        assertEquals("a\nb\nc\n", Files.readString(file));
        assertEquals("d\n", run("Write-Output 'd' | Tee-Object -LiteralPath '" + file + "'"));
        assertEquals("d\n", Files.readString(file));
    }
}
