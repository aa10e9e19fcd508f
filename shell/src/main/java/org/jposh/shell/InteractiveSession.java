package org.jposh.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.PipelineState;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.host.RemoteRunspace;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.PoshException;

/**
 * What an interactive console does between reading lines, whatever reads them: runs each command
 * line in one runspace (or in the remote runspace Enter-PSSession pushed) and records it in the
 * history, computes the prompt, completes, stops the running command, loads the profile.
 */
final class InteractiveSession implements AutoCloseable {
    private static final String NAME = "<interactive>";

    private final ConsoleHost host;
    private final Runspace runspace;

    InteractiveSession(ConsoleHost host) {
        this.host = host;
        this.runspace = Runspace.open(host);
    }

    ConsoleHost host() {
        return host;
    }

    /**
     * Runs a command line as typed at the prompt.
     *
     * @return the exit code when it ran {@code exit} (which in a pushed session leaves that session
     *     instead), else null
     */
    Integer execute(String commandLine) {
        RemoteRunspace remote = host.pushedRunspace();
        if (remote != null && commandLine.strip().equalsIgnoreCase("exit")) {
            host.popRunspace();
            return null;
        }
        DateTime start = DateTime.now();
        PipelineState state;
        try {
            state = remote != null ? runspace.inSession(posh -> remote.invoke(commandLine))
                    : runspace.invokeInteractive(commandLine, NAME);
        } catch (ExitException e) {
            return e.exitCode();
        } catch (RuntimeException e) {
            host.ui().writeErrorLine("jposh: internal error: " + e);
            host.ui().writeErrorLine("This is a bug in JPosh; please report it with the command that caused it.");
            state = PipelineState.Failed;
        }
        host.history().add(commandLine, state, start, DateTime.now());
        return null;
    }

    /** Stops the command running now (Ctrl+C); callable from any thread. */
    void stop() {
        RemoteRunspace remote = host.pushedRunspace();
        if (remote != null) {
            remote.stop();
        } else {
            runspace.stop();
        }
    }

    /**
     * The prompt: the {@code prompt} command's output (every session starts with pwsh's, {@code PS /location> },
     * one more {@code >} per nested prompt), or pwsh's fallback {@code PS>} when it fails or was removed; in a
     * pushed session the remote prompt after {@code [computer]: }.
     */
    String prompt() {
        RemoteRunspace remote = host.pushedRunspace();
        if (remote != null) {
            return "[" + remote.computerName() + "]: " + remote.prompt();
        }
        CollectingPipe output = new CollectingPipe();
        try {
            runspace.invokeCommands(List.of(new Runspace.Command("prompt", List.of())), null, output, error -> {
            });
            return LanguagePrimitives.toStringValue(output.result());
        } catch (PoshException | PipelineStoppedException e) {
            return "PS>";
        }
    }

    /** The completions at the cursor, from this session; none in a pushed session. */
    CommandCompletion complete(String line, int cursor) {
        if (host.isRunspacePushed()) {
            return new CommandCompletion(cursor, 0, List.of());
        }
        return runspace.inSession(posh -> CommandCompletion.completeInput(line, cursor, posh));
    }

    /**
     * Sets $PROFILE (the current user's profile for this host, with pwsh's four note properties) and,
     * when {@code load}, runs the profiles that exist in the global scope, all users' first.
     */
    void startProfiles(Profiles profiles, boolean load) {
        runspace.inSession(posh -> {
            PSObject profile = new PSObject(profiles.currentUserCurrentHost().toString());
            profile.setNoteProperty("AllUsersAllHosts", profiles.allUsersAllHosts().toString());
            profile.setNoteProperty("AllUsersCurrentHost", profiles.allUsersCurrentHost().toString());
            profile.setNoteProperty("CurrentUserAllHosts", profiles.currentUserAllHosts().toString());
            profile.setNoteProperty("CurrentUserCurrentHost", profiles.currentUserCurrentHost().toString());
            posh.sessionState().global().set("PROFILE", profile);
            return null;
        });
        if (!load) {
            return;
        }
        for (Path file : profiles.existing()) {
            try {
                runspace.invokeInteractive(Files.readString(file), file.toString());
            } catch (IOException e) {
                host.ui().writeErrorLine("Cannot read the profile '" + file + "': " + e.getMessage());
            } catch (ExitException e) {
                // exit ends the profile script, not the session, as in pwsh
            }
        }
    }

    /** Whether the parser stopped at the end of the input, in the middle of a statement. */
    static boolean isIncomplete(String code) {
        try {
            ScriptParser.parse(new ScriptSource(null, code));
            return false;
        } catch (ParseException e) {
            return e.error().incompleteInput();
        }
    }

    @Override
    public void close() {
        runspace.close();
    }
}
