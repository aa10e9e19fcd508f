package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enter-PSSession end to end: the console on jline's external terminal (keys in, the screen read
 * back as a VT100 shows it) enters sessions on our embedded SSH server on loopback, whose sessions
 * run the interpreter, with key authentication.
 */
class EnterPSSessionTest {
    private static final long WAIT_MILLIS = 30_000;

    @TempDir
    static Path keys;
    private static EmbeddedSshServer server;
    private static String connect;

    @TempDir
    Path dir;
    private PipedOutputStream typed;
    private TerminalScreen screen;
    private Terminal terminal;
    private InteractiveSession session;
    private String prompt;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private Future<Integer> exitCode;


    @BeforeAll
    static void startServer() throws Exception {
        server = new EmbeddedSshServer(keys);
        connect = server.connectArguments();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void start() throws Exception {
        typed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typed, 4096);
        screen = new TerminalScreen(300, WAIT_MILLIS);
        terminal = new ExternalTerminal("test", "xterm-256color", in, screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(300, 40));
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        session = new InteractiveSession(new ConsoleHost(out, out, true, 300));
        session.execute("Set-Location '" + dir + "'");
        prompt = "PS " + dir + ">";
        LineEditor editor = new LineEditor(terminal, session, dir.resolve("history.txt"));
        exitCode = executor.submit(() -> editor.run());
        screen.waitFor(prompt, 1);
    }

    @AfterEach
    void stop() throws Exception {
        session.execute("Get-PSSession | Remove-PSSession");
        if (!exitCode.isDone()) {
            type("\u0004");
            exitCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        }
        executor.shutdownNow();
        session.close();
        terminal.close();
    }

    private void type(String text) throws IOException {
        typed.write(text.getBytes(StandardCharsets.UTF_8));
        typed.flush();
    }



    @Test
    void hostNameOpensASessionThatRunsTheLinesAndExitClosesIt() throws Exception {
        type("Enter-PSSession -HostName localhost " + connect + "\r");
        String remotePrompt = "[localhost]: PS " + Path.of("").toAbsolutePath() + ">";
        screen.waitFor(remotePrompt, 1);
        assertTrue(session.host().isRunspacePushed());
        type("$x = 5; $x * 2\r");
        screen.waitFor("\n10\n", 1);
        screen.waitFor(remotePrompt, 2);
        type("exit\r");
        screen.waitFor(prompt, 2);
        assertFalse(session.host().isRunspacePushed());
        // $x was set there, not here; the session Enter-PSSession opened is closed and forgotten.
        type("\"x=[$x] sessions=$(@(Get-PSSession).Count)\"\r");
        screen.waitFor("\nx=[] sessions=0\n", 1);
    }

    @Test
    void aGivenSessionStaysOpenAfterExitPSSessionWithWhatWasSetThere() throws Exception {
        type("$s = New-PSSession -HostName localhost " + connect + "; Enter-PSSession $s\r");
        screen.waitFor("[localhost]: PS ", 1);
        type("$y = 'kept'; Write-Output \"y is $y\"\r");
        screen.waitFor("\ny is kept\n", 1);
        type("Exit-PSSession\r");
        screen.waitFor(prompt, 2);
        assertFalse(session.host().isRunspacePushed());
        type("$s.State; Invoke-Command $s { $y }\r");
        screen.waitFor("\nOpened\nkept\n", 1);
        type("Enter-PSSession -Id $s.Id\r");
        screen.waitFor("[localhost]: PS ", 3);
        type("$y\r");
        screen.waitFor("\nkept\n", 2);
        type("exit\r");
        screen.waitFor(prompt, 4);
    }

    @Test
    void theRemotePromptFunctionAndRemoteErrorsAreShownHere() throws Exception {
        type("Enter-PSSession -HostName localhost " + connect + "\r");
        screen.waitFor("[localhost]: PS ", 1);
        type("function prompt { 'remote> ' }\r");
        screen.waitFor("[localhost]: remote>", 1);
        type("Write-Error 'boom'; [pscustomobject]@{ A = 1; B = 'two' }\r");
        screen.waitFor("[localhost]: remote>", 2);
        String shown = screen.shown();
        assertTrue(shown.contains("\nWrite-Error : boom\n"), shown);
        assertTrue(shown.matches("(?s).*\nA B\n- -\n1 two\n.*"), shown);
    }

    @Test
    void ctrlCStopsTheRemoteCommandAndTheSessionGoesOn() throws Exception {
        type("Enter-PSSession -HostName localhost " + connect + "\r");
        screen.waitFor("[localhost]: PS ", 1);
        type("Start-Sleep 30\r");
        Thread.sleep(500);
        long start = System.nanoTime();
        type("\u0003");
        screen.waitFor("[localhost]: PS ", 2);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15));
        type("'still here'\r");
        screen.waitFor("\nstill here\n", 1);
    }

    @Test
    void aSessionThatIsNotOpenCannotBeEntered() throws Exception {
        type("$s = New-PSSession -HostName localhost " + connect + "; Remove-PSSession $s; Enter-PSSession $s\r");
        screen.waitFor("Retrieve the remote session using Get-PSSession", 1);
        screen.waitFor(prompt, 2);
        assertFalse(session.host().isRunspacePushed());
        String shown = screen.shown();
        assertTrue(shown.contains("Cannot enter session Runspace1 because it is not in the disconnected state"), shown);
        assertTrue(shown.contains("PushedRunspaceMustBeOpen,Microsoft.PowerShell.Commands.EnterPSSessionCommand"), shown);
    }
}
