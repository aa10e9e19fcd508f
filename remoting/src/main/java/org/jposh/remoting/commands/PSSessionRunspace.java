package org.jposh.remoting.commands;

import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.CommandAst;
import org.jposh.grammar.ast.PipelineAst;
import org.jposh.grammar.ast.ScriptBlockAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.PipelineState;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.host.HostSupportsInteractiveSession;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.host.RemoteRunspace;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.remoting.bridge.PsObjectBridge;
import org.jposh.remoting.psrp.messages.CommandData;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;

/**
 * A PSSession as the console's pushed runspace (Enter-PSSession): each command line runs there as a
 * script, through the session's pool as Invoke-Command runs a block; its output is formatted here by
 * the console's Out-Default, its errors, warnings, verbose and debug messages and Write-Host text
 * shown by the console's host. Ctrl+C sends the remote pipeline a PSRP stop. When the console leaves
 * it, a session Enter-PSSession opened itself is closed and forgotten; a given one stays open.
 */
final class PSSessionRunspace implements RemoteRunspace {
    /**
     * The remote prompt: its {@code prompt} function (a pwsh server always has one), else what JPosh's
     * console shows without one.
     */
    private static final String PROMPT_SCRIPT = "try { prompt } catch { \"PS $((Get-Location).Path)> \" }";

    /** pwsh's prompt when the prompt function fails or writes nothing (ConsoleHostStrings.DefaultPrompt). */
    private static final String DEFAULT_PROMPT = "PS>";

    private final PSSession session;
    private final boolean closeOnPop;
    private final HostSupportsInteractiveSession host;
    private final PSHostUserInterface ui;
    private final Runnable close;
    private volatile boolean stopRequested;
    /** The server asked the console to leave the session during the command running now. */
    private boolean exitRequested;

    /**
     * @param closeOnPop whether Enter-PSSession opened the session itself
     * @param close closes the session and removes it from its runspace's sessions
     */
    PSSessionRunspace(PSSession session, boolean closeOnPop, HostSupportsInteractiveSession host, PSHostUserInterface ui,
                      Runnable close) {
        this.session = session;
        this.closeOnPop = closeOnPop;
        this.host = host;
        this.ui = ui;
        this.close = close;
    }

    /** As pwsh names an SSH session in the prompt: {@code user@host} when the user is not the local one. */
    @Override
    public String computerName() {
        String user = session.target().userName();
        if (user != null && !user.isEmpty() && !user.equals(System.getProperty("user.name"))) {
            return user + "@" + session.computerName();
        }
        return session.computerName();
    }

    @Override
    public String prompt() {
        List<Object> output = new ArrayList<>();
        RemoteInvocation invocation = new RemoteInvocation(List.of(session), s -> script(PROMPT_SCRIPT), false, 1);
        RemoteInvocation.Sink sink = event -> {
            if (event instanceof RemoteInvocation.Output o) {
                output.add(RemoteInvocation.deserialize(o.value(), session));
            }
        };
        try {
            invocation.start(sink);
            invocation.awaitAll(sink, () -> forwardStop(invocation));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DEFAULT_PROMPT;
        }
        String text = output.isEmpty() ? "" : LanguagePrimitives.toStringValue(
                output.size() == 1 ? output.getFirst() : output.toArray());
        return text.isEmpty() ? DEFAULT_PROMPT : text;
    }

    /**
     * Runs the line there, its output through this runspace's Out-Default (the console calls this inside
     * its runspace). A line that is only {@code Exit-PSSession} leaves the session, as pwsh's server asks
     * its client to (the PopRunspace host call). A session that is no longer open afterwards (the
     * connection broke) is left, as pwsh's console leaves it.
     */
    @Override
    public PipelineState invoke(String commandLine) {
        if (isExitPSSession(commandLine)) {
            host.popRunspace();
            return PipelineState.Completed;
        }
        stopRequested = false;
        exitRequested = false;
        PoshContext posh = PoshContext.get(null);
        CommandProcessorBase outDefault = posh.sessionState().commands().outDefault(posh);
        PSInvocationState[] finished = {PSInvocationState.COMPLETED};
        RemoteInvocation invocation = new RemoteInvocation(List.of(session), s -> script(commandLine), false, 1);
        RemoteInvocation.Sink sink = event -> {
            if (event instanceof RemoteInvocation.Finished f) {
                finished[0] = f.state();
            }
            show(event, outDefault);
        };
        outDefault.begin();
        try {
            invocation.start(sink);
            invocation.awaitAll(sink, () -> forwardStop(invocation));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished[0] = PSInvocationState.STOPPED;
        } finally {
            outDefault.end();
        }
        if (exitRequested || session.state() != RunspaceState.Opened) {
            host.popRunspace();
        }
        return switch (finished[0]) {
            case FAILED -> PipelineState.Failed;
            case STOPPED -> PipelineState.Stopped;
            default -> PipelineState.Completed;
        };
    }

    /** Sends the stop Ctrl+C asked for (on the console's thread, which owns the invocation). */
    private void forwardStop(RemoteInvocation invocation) {
        if (!stopRequested) {
            return;
        }
        stopRequested = false;
        try {
            invocation.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        stopRequested = true;
    }

    @Override
    public void popped() {
        if (closeOnPop) {
            close.run();
        }
    }

    private void show(RemoteInvocation.Event event, CommandProcessorBase outDefault) {
        if (event instanceof RemoteInvocation.Output output) {
            outDefault.process(RemoteInvocation.deserialize(output.value(), session));
        } else if (event instanceof RemoteInvocation.Error error) {
            ui.writeErrorLine(PsObjectBridge.errorRecord(error.record()).normalView());
        } else if (event instanceof RemoteInvocation.Warning warning) {
            ui.writeWarningLine(warning.message());
        } else if (event instanceof RemoteInvocation.Verbose verbose) {
            ui.writeVerboseLine(verbose.message());
        } else if (event instanceof RemoteInvocation.Debug debug) {
            ui.writeDebugLine(debug.message());
        } else if (event instanceof RemoteInvocation.Information information) {
            RemoteInvocation.showHostText(information.record(), ui);
        } else if (event instanceof RemoteInvocation.Progress progress) {
            ui.writeProgress(0, HostCallRunner.progress(progress.record()));
        } else if (event instanceof RemoteInvocation.HostMethodCall call && leaves(call.call().method())) {
            exitRequested = true;
        } else if (event instanceof RemoteInvocation.HostMethodCall call) {
            HostCallRunner.answer(call, ui);
        } else if (event instanceof RemoteInvocation.Finished finished && finished.reason() != null
                && finished.state() == PSInvocationState.FAILED) {
            ui.writeErrorLine(PsObjectBridge.errorRecord(finished.reason()).normalView());
        }
    }

    /**
     * The host calls with which a server sends the console back (pwsh's ConsoleHost pops a pushed
     * runspace on SetShouldExit): {@code exit} there, or Exit-PSSession run by a pwsh server.
     */
    private static boolean leaves(HostMethodId method) {
        return method == HostMethodId.SET_SHOULD_EXIT || method == HostMethodId.POP_RUNSPACE;
    }

    private static PowerShellData script(String text) {
        return PowerShellData.of(List.of(CommandData.of(text, true, List.of())));
    }

    /** Whether the line is the command Exit-PSSession alone. */
    private static boolean isExitPSSession(String commandLine) {
        ScriptBlockAst ast;
        try {
            ast = ScriptParser.parse(new ScriptSource(null, commandLine));
        } catch (ParseException e) {
            return false;
        }
        return ast.endBlock() != null && ast.endBlock().statements().size() == 1
                && ast.endBlock().statements().getFirst() instanceof PipelineAst pipeline
                && pipeline.pipelineElements().size() == 1
                && pipeline.pipelineElements().getFirst() instanceof CommandAst command
                && command.commandElements().size() == 1
                && command.commandElements().getFirst().extent().text().equalsIgnoreCase("Exit-PSSession");
    }
}
