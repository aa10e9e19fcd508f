package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jposh.interpreter.PipelineState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractiveSessionTest {
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    private InteractiveSession open() {
        PrintStream out = new PrintStream(text, true, StandardCharsets.UTF_8);
        return new InteractiveSession(new ConsoleHost(out, out, false, 0));
    }

    @Test
    void profilesRunInTheGlobalScopeAndProfileIsSet(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Profiles profiles = Profiles.of(dir.resolve("pshome"), Map.of(), home.toString());
        Files.createDirectories(profiles.currentUserCurrentHost().getParent());
        Files.writeString(profiles.currentUserCurrentHost(), "$fromProfile = 'loaded'\n");
        try (InteractiveSession session = open()) {
            session.startProfiles(profiles, true);
            session.execute("$fromProfile; $PROFILE; $PROFILE.CurrentUserAllHosts");
        }
        String shown = text.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("loaded\n" + profiles.currentUserCurrentHost() + "\n"
                + profiles.currentUserAllHosts() + "\n"), shown);
    }

    @Test
    void noProfileSetsProfileButRunsNothing(@TempDir Path dir) throws Exception {
        Profiles profiles = Profiles.of(dir, Map.of(), dir.toString());
        Files.createDirectories(profiles.currentUserCurrentHost().getParent());
        Files.writeString(profiles.currentUserCurrentHost(), "'profile ran'\n");
        try (InteractiveSession session = open()) {
            session.startProfiles(profiles, false);
            session.execute("\"[$PROFILE]\"");
        }
        String shown = text.toString(StandardCharsets.UTF_8);
        assertEquals("[" + profiles.currentUserCurrentHost() + "]\n", shown);
    }

    @Test
    void theDefaultPromptShowsTheSessionsLocation(@TempDir Path dir) {
        try (InteractiveSession session = open()) {
            session.execute("Set-Location '" + dir + "'");
            assertEquals("PS " + dir + "> ", session.prompt());
        }
    }

    @Test
    void historyRecordsHowEachCommandEnded() {
        try (InteractiveSession session = open()) {
            assertNull(session.execute("'fine'"));
            session.execute("1 +* 2");
            assertEquals(7, session.execute("exit 7"));
            var entries = session.host().history().entries();
            assertEquals(2, entries.size());
            assertEquals(PipelineState.Completed, entries.get(0).executionStatus());
            assertEquals(PipelineState.Failed, entries.get(1).executionStatus());
            assertTrue(text.toString(StandardCharsets.UTF_8).contains("ExpectedValueExpression"), text.toString());
        }
    }

    @Test
    void leavingTheConsoleRaisesPowerShellExiting() {
        try (InteractiveSession session = open()) {
            session.execute("$null = Register-EngineEvent -SourceIdentifier PowerShell.Exiting -Action { "
                    + "Write-Host 'exiting ran' }");
            session.execute("'before'");
        }
        String shown = text.toString(StandardCharsets.UTF_8);
        assertTrue(shown.endsWith("before\nexiting ran\n"), shown);
    }
}
