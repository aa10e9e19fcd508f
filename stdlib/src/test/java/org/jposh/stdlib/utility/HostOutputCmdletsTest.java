package org.jposh.stdlib.utility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

/**
 * Out-File, Write-Host and Write-Progress through a real context, with its host told whether its
 * output is a terminal (posh.Terminal), as the shell tells it.
 */
class HostOutputCmdletsTest {
    @TempDir
    Path temp;

    private static String run(String script, boolean terminal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("posh").allowIO(IOAccess.ALL).out(out).err(out)
                .option("engine.WarnInterpreterOnly", "false")
                .option("posh.HostOutput", "true")
                .option("posh.Terminal", Boolean.toString(terminal))
                .option("posh.TerminalWidth", "60").build()) {
            try {
                context.eval("posh", script);
            } catch (PolyglotException e) {
                if (!e.isGuestException()) {
                    throw e;
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String quoted(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }

    @Test
    void outFileWritesUtf8LinesAndAppends() throws IOException {
        Path file = temp.resolve("out.txt");
        run("Write-Output a é | Out-File " + quoted(file), false);
        assertArrayEquals("a\né\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
        run("Write-Output b | Out-File -Append -FilePath " + quoted(file), false);
        assertEquals("a\né\nb\n", Files.readString(file));
        run("Write-Output c d | Out-File -NoNewline " + quoted(file), false);
        assertEquals("cd", Files.readString(file));
    }

    @Test
    void outFileEncodings() throws IOException {
        Path file = temp.resolve("bom.txt");
        run("Write-Output x | Out-File " + quoted(file) + " utf8BOM", false);
        assertArrayEquals(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'x', '\n'}, Files.readAllBytes(file));
        run("Write-Output x | Out-File " + quoted(file) + " -Encoding unicode", false);
        assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe, 'x', 0, '\n', 0}, Files.readAllBytes(file));
    }

    @Test
    void outFileErrors() throws IOException {
        Path file = temp.resolve("exists.txt");
        Files.writeString(file, "keep");
        String out = run("Write-Output x | Out-File -NoClobber " + quoted(file), false);
        assertTrue(out.contains("NoClobber,Microsoft.PowerShell.Commands.OutFileCommand"), out);
        assertEquals("keep", Files.readString(file));
        out = run("Write-Output x | Out-File " + quoted(temp.resolve("missing").resolve("f.txt")), false);
        assertTrue(out.contains("Could not find a part of the path"), out);
        assertTrue(out.contains("FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand"), out);
    }

    @Test
    void writeHostColoursOnlyOnATerminal() {
        assertEquals("\u001b[91m\u001b[47mred\u001b[0m\n",
                run("Write-Host -ForegroundColor Red -BackgroundColor Gray red", true));
        assertEquals("red\n", run("Write-Host -ForegroundColor Red -BackgroundColor Gray red", false));
    }

    @Test
    void writeProgressDrawsABarOnATerminalOnly() {
        String out = run("Write-Progress -Activity Copying -Status Half -PercentComplete 50\n"
                + "Write-Output done\nWrite-Progress -Activity Copying -Completed", true);
        String bar = "Copying [" + "=".repeat(10) + " ".repeat(10) + "] 50% Half";
        assertEquals("\r\u001b[2K" + bar + "\r\u001b[2Kdone\n" + bar + "\r\u001b[2K", out);
        assertEquals("done\n", run("Write-Progress -Activity Copying -PercentComplete 50\nWrite-Output done", false));
    }
}
