package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jposh.interpreter.PipelineState;
import org.jposh.interpreter.host.HistoryInfo;
import org.jposh.interpreter.host.RemoteRunspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console driven through jline's external terminal on pipes: keys typed in, the screen (with its
 * escape sequences) read back, as a terminal emulator would show it.
 */
class LineEditorTest {
    private static final long WAIT_MILLIS = 20_000;

    @TempDir
    Path dir;
    private PipedOutputStream keys;
    private TerminalScreen screen;
    private Terminal terminal;
    private InteractiveSession session;
    private Path historyFile;
    private String prompt;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Future<Integer> exitCode;


    @BeforeEach
    void start() throws IOException, InterruptedException {
        keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        screen = new TerminalScreen(120, WAIT_MILLIS);
        terminal = new ExternalTerminal("test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(120, 40));
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        session = new InteractiveSession(new ConsoleHost(out, out, true, 120));
        session.execute("Set-Location '" + dir + "'");
        session.host().history().clear();
        historyFile = dir.resolve("data").resolve("jposh").resolve("history.txt");
        prompt = "PS " + dir + ">";
        LineEditor editor = new LineEditor(terminal, session, historyFile);
        exitCode = executor.submit(() -> editor.run());
        screen.waitFor(prompt, 1);
    }

    @AfterEach
    void stop() throws Exception {
        if (!exitCode.isDone()) {
            // Ctrl+C first, for a line or a command left running; Ctrl+D once a fresh prompt shows.
            int prompts = screen.count(prompt);
            type("\u0003");
            screen.waitFor(prompt, prompts + 1);
            type("\u0004");
            exitCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
        executor.shutdownNow();
        session.close();
        terminal.close();
    }

    private void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }



    @Test
    void incompleteInputContinuesOnAContinuationLine() throws Exception {
        type("$x = 1 +\r");
        screen.waitFor("\n>>", 1);
        type("41\r");
        screen.waitFor(prompt, 2);
        type("$x\r");
        screen.waitFor("\n42\n", 1);
        assertTrue(screen.shown().contains(prompt + " $x = 1 +\n>> 41\n"), screen.shown());
        HistoryInfo entry = session.host().history().entries().getFirst();
        assertEquals(PipelineState.Completed, entry.executionStatus());
        assertEquals("$x = 1 +\n41", entry.commandLine());
    }

    @Test
    void tabCompletesCommandsAndParameters() throws Exception {
        type("get-chi\t");
        screen.waitFor(prompt + " Get-ChildItem\n", 1);
        type("-Recu\t");
        screen.waitFor(prompt + " Get-ChildItem -Recurse\n", 1);
        type("\u0003");
        screen.waitFor(prompt, 2);
        assertTrue(session.host().history().entries().isEmpty());
    }

    @Test
    void tabCompletesTheCommonPartListsTheMatchesThenCyclesThroughThem() throws Exception {
        Files.writeString(dir.resolve("alpha one.txt"), "");
        Files.writeString(dir.resolve("alpha two.txt"), "");
        type("Get-Content alp\t");
        screen.waitFor(prompt + " Get-Content './alpha\n", 1);
        screen.waitFor("\nalpha one.txt   alpha two.txt\n", 1);
        type("\t");
        screen.waitFor(prompt + " Get-Content './alpha one.txt'", 1);
        type("\t");
        screen.waitFor(prompt + " Get-Content './alpha two.txt'", 1);
    }

    @Test
    void theLineIsColouredByTokenAndTheErrorIsRed() throws Exception {
        type("Write-Output -NoEnumerate $x 42 'text' # note");
        screen.waitFor("# note", 1);
        String raw = screen.raw();
        assertTrue(raw.contains("\u001b[93mW"), "command: " + raw);
        assertTrue(raw.contains("\u001b[90m-N"), "parameter: " + raw);
        assertTrue(raw.contains("\u001b[92m$x"), "variable: " + raw);
        assertTrue(raw.contains("\u001b[97m4"), "number: " + raw);
        assertTrue(raw.contains("\u001b[36m'text'"), "string: " + raw);
        assertTrue(raw.contains("\u001b[32m#"), "comment: " + raw);
        type("\u0003");
        screen.waitFor(prompt, 2);
        int before = screen.raw().length();
        type("1 +)");
        screen.waitFor(prompt + " 1 +)", 1);
        assertTrue(screen.raw().substring(before).contains("\u001b[91m)"), screen.raw().substring(before));
    }

    @Test
    void ctrlCStopsTheRunningCommandAndReturnsToThePrompt() throws Exception {
        type("Start-Sleep 30\r");
        screen.waitFor(prompt + " Start-Sleep 30\n", 1);
        Thread.sleep(300);
        long start = System.nanoTime();
        type("\u0003");
        screen.waitFor(prompt, 2);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
        HistoryInfo entry = session.host().history().entries().getFirst();
        assertEquals(PipelineState.Stopped, entry.executionStatus());
        type("'after'\r");
        screen.waitFor("\nafter\n", 1);
    }

    @Test
    void ctrlCOnThePromptClearsTheLine() throws Exception {
        type("Write-Output 'never run'");
        screen.waitFor("'never run'", 1);
        type("\u0003");
        screen.waitFor(prompt, 2);
        type("'ok'\r");
        screen.waitFor("\nok\n", 1);
        // the line enters the history when its command has finished, which the next prompt shows
        screen.waitFor(prompt, 3);
        assertEquals(List.of("'ok'"), commandLines());
        assertFalse(screen.shown().contains("\nnever run\n"), screen.shown());
    }

    @Test
    void ctrlDOnAnEmptyLineLeaves() throws Exception {
        type("\u0004");
        assertEquals(0, exitCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void exitLeavesWithItsCode() throws Exception {
        type("exit 5\r");
        assertEquals(5, exitCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS));
    }

    @Test
    void aNestedPromptRunsInTheSuspendedScopeUntilExitThenTheCommandResumes() throws Exception {
        String nested = prompt + ">";
        type("function f { $inner = 5; $Host.EnterNestedPrompt(); \"resumed with $inner\" }\r");
        screen.waitFor(prompt, 2);
        type("f\r");
        screen.waitFor(nested, 1);
        type("\"level $NestedPromptLevel inner $inner\"\r");
        screen.waitFor("\nlevel 1 inner 5\n", 1);
        type("$inner = 7\r");
        screen.waitFor(nested, 3);
        type("exit\r");
        screen.waitFor("\nresumed with 7\n", 1);
        type("$Host.EnterNestedPrompt(); 'then ' + 'resumed'\r");
        screen.waitFor(nested, 4);
        type("$Host.ExitNestedPrompt(); 'not ' + 'shown'\r");
        screen.waitFor("\nthen resumed\n", 1);
        type("\"level $NestedPromptLevel\"\r");
        screen.waitFor("\nlevel 0\n", 1);
        assertFalse(screen.shown().contains("\nnot shown\n"), screen.shown());
        assertTrue(screen.shown().contains("\n" + nested + " $inner = 7\n"), screen.shown());
    }

    @Test
    void historyIsKeptInTheFileAndRecalledWithTheUpArrow() throws Exception {
        type("'first'\r");
        screen.waitFor("\nfirst\n", 1);
        type("\u001bOA");
        screen.waitFor(prompt + " 'first'", 2);
        type("\r");
        screen.waitFor("\nfirst\n", 2);
        type("exit\r");
        exitCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        List<String> lines = Files.readAllLines(historyFile);
        assertTrue(lines.getFirst().endsWith(":'first'"), lines.toString());
        assertTrue(lines.getLast().endsWith(":exit"), lines.toString());
        assertEquals(List.of("'first'", "'first'"), commandLines());
    }

    @Test
    void ctrlRSearchesTheHistory() throws Exception {
        type("'needle'\r");
        screen.waitFor("\nneedle\n", 1);
        type("'other'\r");
        screen.waitFor("\nother\n", 1);
        type("\u0012need");
        screen.waitFor("'needle'", 2);
        type("\r\r");
        screen.waitFor("\nneedle\n", 2);
    }

    @Test
    void getHistoryListsWhatWasTyped() throws Exception {
        type("$n = 2\r");
        screen.waitFor(prompt, 2);
        type("Get-History\r");
        screen.waitFor(prompt, 3);
        String shown = screen.shown();
        assertTrue(shown.contains("  Id     Duration CommandLine\n  --     -------- -----------\n"), shown);
        // Id 2: the set-up's Set-Location was 1, and clearing the history does not reuse ids.
        assertTrue(shown.matches("(?s).*\n   2 +[0-9]+\\.[0-9]{3} \\$n = 2\n.*"), shown);
    }

    @Test
    void aPushedRunspaceTakesTheCommandsAndPrefixesThePrompt() throws Exception {
        List<String> received = new ArrayList<>();
        session.host().pushRunspace(new RemoteRunspace() {
            @Override
            public String computerName() {
                return "server1";
            }

            @Override
            public String prompt() {
                return "PS /remote> ";
            }

            @Override
            public PipelineState invoke(String commandLine) {
                received.add(commandLine);
                return PipelineState.Completed;
            }

            @Override
            public void stop() {
            }

            @Override
            public void popped() {
                received.add("(popped)");
            }
        });
        type("\r");
        screen.waitFor("[server1]: PS /remote>", 1);
        type("Get-Process\r");
        screen.waitFor("[server1]: PS /remote>", 2);
        assertEquals(List.of("Get-Process"), received);
        type("exit\r");
        screen.waitFor(prompt, 2);
        assertEquals(List.of("Get-Process", "(popped)"), received);
        assertFalse(session.host().isRunspacePushed());
        assertNull(session.host().pushedRunspace());
    }

    private List<String> commandLines() {
        return session.host().history().entries().stream().map(HistoryInfo::commandLine).toList();
    }
}
