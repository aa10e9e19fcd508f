package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher on a pseudo-terminal (util-linux {@code script}), as a user at a terminal runs it:
 * jline's system terminal, Tab, Ctrl+C sent by the kernel as SIGINT, the history file, exit codes.
 */
class InteractiveTerminalIT {
    private static final Path JPOSH = Path.of(System.getProperty("jposh.repo"), "bin", "jposh");
    private static final long WAIT_MILLIS = 60_000;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private Thread reader;

    private String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[=>]|\r", "");
        }
    }

    private void waitFor(String text, int times) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            String shown = screen();
            int n = 0;
            for (int at = shown.indexOf(text); at >= 0; at = shown.indexOf(text, at + 1)) {
                n++;
            }
            if (n >= times) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never showed " + text + " " + times + " times:\n" + screen());
    }

    /** Starts bin/jposh on a pseudo-terminal in {@code dir}; what it shows is copied to {@link #screen} by {@code reader}. */
    private Process start(Path dir) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec",
                "stty cols 100 rows 40; exec '" + JPOSH + "' -NoProfile", "/dev/null");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("XDG_DATA_HOME", dir.toString());
        builder.environment().put("TERM", "xterm-256color");
        builder.directory(dir.toFile());
        builder.redirectErrorStream(true);
        Process process = builder.start();
        reader = Thread.ofVirtual().start(() -> copy(process.getInputStream()));
        return process;
    }

    @Test
    void tabCtrlCAndExitOnARealTerminal(@TempDir Path dir) throws Exception {
        Process process = start(dir);
        OutputStream keys = process.getOutputStream();
        String prompt = "PS " + dir.toRealPath() + ">";

        waitFor(prompt, 1);
        type(keys, "Get-Dat\t");
        waitFor("Get-Date ", 1);
        type(keys, "-UFormat %Y\r");
        waitFor(prompt, 2);
        type(keys, "Start-Sleep 30\r");
        waitFor("Start-Sleep 30\n", 1);
        Thread.sleep(500);
        long start = System.nanoTime();
        type(keys, "\u0003");
        waitFor(prompt, 3);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15), screen());
        type(keys, "'after'\rexit 4\r");
        assertTrue(process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), screen());
        reader.join(WAIT_MILLIS);
        assertEquals(4, process.exitValue(), screen());
        assertTrue(screen().matches("(?s).*\\n20[0-9][0-9]\\n.*"), screen());
        assertTrue(screen().contains("\nafter\n"), screen());
        String history = Files.readString(dir.resolve("jposh").resolve("history.txt"));
        assertTrue(history.contains(":Get-Date -UFormat %Y\n") && history.contains(":Start-Sleep 30\n"), history);
    }

    @Test
    void suspendAtAConfirmationOpensANestedPromptAndExitAsksAgain(@TempDir Path dir) throws Exception {
        Process process = start(dir);
        OutputStream keys = process.getOutputStream();
        String prompt = "PS " + dir.toRealPath() + ">";
        String question = "[S] Suspend  [?] Help (default is \"Y\"):";

        waitFor(prompt, 1);
        type(keys, "function Update-Thing { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param() "
                + "$state = 'old'; if ($PSCmdlet.ShouldProcess('thing')) { \"updated, state $state\" } }\r");
        waitFor(prompt, 2);
        type(keys, "Update-Thing\r");
        waitFor(question, 1);
        type(keys, "S\r");
        waitFor(prompt + ">", 1);
        type(keys, "\"level $NestedPromptLevel, state $state\"\r");
        waitFor("\nlevel 1, state old\n", 1);
        type(keys, "$state = 'new'\r");
        waitFor(prompt + ">", 3);
        type(keys, "exit\r");
        waitFor(question, 2);
        type(keys, "Y\r");
        waitFor("\nupdated, state new\n", 1);
        type(keys, "exit 3\r");
        assertTrue(process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), screen());
        reader.join(WAIT_MILLIS);
        assertEquals(3, process.exitValue(), screen());
    }

    @Test
    void suspendAtAnInquireQuestionNestsAndExitWithACodeSetsLastExitCodeThenAsksAgain(@TempDir Path dir)
            throws Exception {
        Process process = start(dir);
        OutputStream keys = process.getOutputStream();
        String prompt = "PS " + dir.toRealPath() + ">";
        String question = "[H] Halt Command  [S] Suspend  [?] Help (default is \"Y\"):";

        waitFor(prompt, 1);
        type(keys, "Write-Warning 'careful' -WarningAction Inquire; \"resumed, code $LASTEXITCODE\"\r");
        waitFor(question, 1);
        type(keys, "S\r");
        waitFor(prompt + ">", 1);
        type(keys, "exit 7\r");
        waitFor(question, 2);
        type(keys, "Y\r");
        waitFor("\nresumed, code 7\n", 1);
        type(keys, "exit 5\r");
        assertTrue(process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS), screen());
        reader.join(WAIT_MILLIS);
        assertEquals(5, process.exitValue(), screen());
        assertTrue(screen().contains("WARNING: careful\n"), screen());
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (screen) {
                    screen.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process has gone
        }
    }
}
