package org.jposh.interpreter;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import java.io.PrintStream;
import org.jposh.interpreter.commands.CommandTable;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.host.StreamHost;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionState;

/** One runspace: its session state (variables, commands) and the streams of its host. */
public final class PoshContext {
    private static final ContextReference<PoshContext> REFERENCE = ContextReference.create(PoshLanguage.class);

    private final PoshLanguage language;
    private final Env env;
    private final SessionState sessionState;
    private final boolean hostOutput;
    private final PrintStream out;
    private final PrintStream err;
    private volatile PSHost host;
    private final Pipe hostErrorOutput;
    private volatile Pipe errorOutput;
    private boolean lastStatementSucceeded = true;

    PoshContext(PoshLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.hostOutput = env.getOptions().get(PoshOptions.HostOutput);
        this.out = new PrintStream(env.out(), true, java.nio.charset.StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, java.nio.charset.StandardCharsets.UTF_8);
        this.host = new StreamHost(out, err, env.getOptions().get(PoshOptions.Terminal),
                env.getOptions().get(PoshOptions.TerminalWidth));
        this.sessionState = new SessionState(new CommandTable(language.builtinCommands()));
        this.hostErrorOutput = error -> host.ui().writeErrorLine(((ErrorRecord) error).normalView());
        this.errorOutput = hostErrorOutput;
    }

    /**
     * Where commands write their non-terminating errors (ErrorRecords): the host's error view, unless
     * a {@link Runspace} caller has asked for them.
     */
    public Pipe errorOutput() {
        return errorOutput;
    }

    /**
     * Whether the last statement ran without errors ($? at the end of a script), which pwsh's console
     * host turns into the exit code: 0, or 1 when the last statement failed.
     */
    public boolean lastStatementSucceeded() {
        return lastStatementSucceeded;
    }

    public void setLastStatementSucceeded(boolean succeeded) {
        this.lastStatementSucceeded = succeeded;
    }

    /** Sends errors to {@code errors}, or back to the host's error view when null. */
    void setErrorOutput(Pipe errors) {
        this.errorOutput = errors == null ? hostErrorOutput : errors;
    }

    /**
     * Parses script text and runs it in the global scope, its output to {@code output}: a nested
     * pipeline, as pwsh's {@code PowerShell.Create(RunspaceMode.CurrentRunspace)}.
     *
     * @throws org.jposh.interpreter.runtime.PoshParseError when the text does not parse
     */
    public void invokeScript(String script, String name, Pipe output) {
        CallTarget code = language.parseScriptBlock(Source.newBuilder(PoshLanguage.ID, script, name).cached(false).build());
        code.call(ScriptBlockRootNode.arguments(sessionState.global(), output));
    }

    public PoshLanguage language() {
        return language;
    }

    public Env env() {
        return env;
    }

    public SessionState sessionState() {
        return sessionState;
    }

    /** Whether top-level output goes through Out-Default to the host rather than back to the caller. */
    public boolean hostOutput() {
        return hostOutput;
    }

    public PSHost host() {
        return host;
    }

    /** Replaces the host the options described, for an embedder that brings its own ({@link Runspace#open(PSHost)}). */
    void setHost(PSHost host) {
        this.host = host;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public static PoshContext get(Node node) {
        return REFERENCE.get(node);
    }

    /** The context of the current thread, which has entered it (host code such as {@link Runspace}). */
    static PoshContext current() {
        return REFERENCE.get(null);
    }
}
