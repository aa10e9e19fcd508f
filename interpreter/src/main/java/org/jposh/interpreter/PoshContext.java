package org.jposh.interpreter;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.commands.CommandTable;
import org.jposh.interpreter.host.InternalHost;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.host.StreamHost;
import org.jposh.interpreter.host.TranscodingOutputStream;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.CultureInfo;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.AutomaticVariables;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.TextEncoding;
import org.jposh.interpreter.runtime.TypeTable;
import org.jposh.interpreter.runtime.Streams;
import org.jposh.interpreter.runtime.events.PSEventManager;
import org.jposh.interpreter.runtime.io.SyncTextReader;
import org.jposh.interpreter.runtime.io.SyncTextWriter;
import org.jposh.interpreter.runtime.io.TextReader;
import org.jposh.interpreter.runtime.io.TextWriter;

/** One runspace: its session state (variables, commands) and the streams of its host. */
public final class PoshContext {
    private static final ContextReference<PoshContext> REFERENCE = ContextReference.create(PoshLanguage.class);
    /** How many contexts this process has made, and the one while it has made only one (see {@link #get}). */
    private static int contextsCreated;
    private static volatile PoshContext onlyContext;
    /** The inner-context config key that makes a child runspace non-interactive, as the NonInteractive option does. */
    static final String NON_INTERACTIVE_CONFIG = "posh.NonInteractive";

    private final PoshLanguage language;
    private final Env env;
    private final SessionState sessionState;
    private final PSEventManager events;
    private final boolean hostOutput;
    private final TranscodingOutputStream stdout;
    private final TranscodingOutputStream stderr;
    private final PrintStream out;
    private final PrintStream err;
    /** The console's encodings, null until set (the default is made only when a script asks). */
    private volatile TextEncoding outputEncoding;
    private volatile TextEncoding inputEncoding;
    /**
     * [Console]::Out, Error and In, made on first use. Each session has its own, as their state (NewLine, a
     * closed In, characters read ahead) is the session's; setting an encoding makes new ones, as in .NET.
     */
    private volatile SyncTextWriter consoleOut;
    private volatile SyncTextWriter consoleError;
    private volatile SyncTextReader consoleIn;
    private volatile PSHost host;
    private final InternalHost internalHost;
    private final Streams hostStreams;
    private volatile Streams invocationStreams;
    private volatile Streams streams;
    private boolean lastStatementSucceeded = true;
    /**
     * For each pipeline running now, innermost last, whether it failed: a command of its own wrote an error or
     * ended it, or a program of it exited non-zero (pwsh's PipelineProcessor.ExecutionFailed, which $? reads
     * after the pipeline). Errors of the pipelines a command runs inside itself (a function's body, a
     * ForEach-Object block) are theirs, not its own.
     */
    private boolean[] pipelineFailed = new boolean[32];
    private int pipelineDepth;
    private boolean propagateErrors;
    private ErrorRecord errorBeingHandled;
    private final java.util.Set<Runspace> childRunspaces = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Object defaultRunspace;
    private final java.util.concurrent.atomic.AtomicInteger runspaceIds = new java.util.concurrent.atomic.AtomicInteger(1);
    private Map<String, Object> usingValues;
    private volatile CultureInfo culture;
    private volatile CultureInfo uiCulture;
    private final TypeTable typeTable = new TypeTable();

    PoshContext(PoshLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.events = new PSEventManager(env);
        countCreated(this);
        this.hostOutput = env.getOptions().get(PoshOptions.HostOutput);
        this.stdout = new TranscodingOutputStream(env.out());
        this.stderr = new TranscodingOutputStream(env.err());
        this.out = new PrintStream(stdout, true, java.nio.charset.StandardCharsets.UTF_8);
        this.err = new PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8);
        this.host = new StreamHost(out, err, nonInteractive(env) ? null : env.in(),
                env.getOptions().get(PoshOptions.Terminal), env.getOptions().get(PoshOptions.TerminalWidth));
        this.sessionState = new SessionState(this, new CommandTable(language.builtinCommands()));
        this.hostStreams = new Streams(
                error -> host.ui().writeErrorLine(((ErrorRecord) error).normalView()),
                warning -> host.ui().writeWarningLine(((InformationalRecord) warning).message()),
                verbose -> host.ui().writeVerboseLine(((InformationalRecord) verbose).message()),
                debug -> host.ui().writeDebugLine(((InformationalRecord) debug).message()),
                information -> host.ui().writeInformation(information.toString()));
        this.streams = hostStreams;
        this.invocationStreams = hostStreams;
        this.culture = initialCulture(env);
        this.uiCulture = culture;
        this.internalHost = new InternalHost(() -> host,
                level -> sessionState.global().set("NestedPromptLevel", level));
        defineHostVariable();
    }

    private void defineHostVariable() {
        AutomaticVariables.define(sessionState.global(), new PSVariable("Host", internalHost), ScopedItemOptions.Constant);
    }

    /**
     * Makes the runspace fit to be used again (pwsh's Runspace.ResetRunspaceState): the variables as a
     * new session has them, $? true, the location the process's (see {@link SessionState#resetVariables}).
     */
    void resetRunspaceState() {
        sessionState.resetVariables();
        defineHostVariable();
        markSucceeded();
    }

    /**
     * The culture the option posh.Culture names, else the first of the POSIX locale variables set (as .NET
     * reads them through ICU, for both cultures), else en-US.
     */
    private static CultureInfo initialCulture(Env env) {
        String[] variables = {"LC_ALL", "LC_MESSAGES", "LANG"};
        String option = env.getOptions().get(PoshOptions.Culture);
        if (!option.isEmpty()) {
            return CultureInfo.fromPosixLocale(option);
        }
        for (String variable : variables) {
            String value = env.getEnvironment().get(variable);
            if (value != null && !value.isEmpty()) {
                return CultureInfo.fromPosixLocale(value);
            }
        }
        return CultureInfo.EN_US;
    }

    /** The session's current culture ({@code [cultureinfo]::CurrentCulture}, {@code $PSCulture}). */
    public CultureInfo culture() {
        return culture;
    }

    public void setCulture(CultureInfo culture) {
        this.culture = culture;
    }

    /** The session's UI culture ({@code [cultureinfo]::CurrentUICulture}, {@code $PSUICulture}). */
    public CultureInfo uiCulture() {
        return uiCulture;
    }

    public void setUICulture(CultureInfo culture) {
        this.uiCulture = culture;
    }

    private static boolean nonInteractive(Env env) {
        return env.getOptions().get(PoshOptions.NonInteractive)
                || env.getConfig() != null && Boolean.TRUE.equals(env.getConfig().get(NON_INTERACTIVE_CONFIG));
    }

    /**
     * Where commands write their non-terminating errors (ErrorRecords): the host's error view, unless
     * a {@link Runspace} caller has asked for them or a redirection has replaced it.
     */
    public Pipe errorOutput() {
        return streams.error();
    }

    /** The streams as the host shows them, without redirection. */
    public Streams hostStreams() {
        return hostStreams;
    }

    /** Where errors, warnings, verbose, debug and information records go now. */
    public Streams streams() {
        return streams;
    }

    /** Replaces the streams (a redirection, for the command it applies to); returns the previous ones. */
    public Streams setStreams(Streams newStreams) {
        Streams previous = streams;
        streams = newStreams;
        return previous;
    }

    /** Starts a pipeline inside the one running now; returns its depth, for {@link #exitPipeline}. */
    public int enterPipeline() {
        int depth = ++pipelineDepth;
        if (depth == pipelineFailed.length) {
            growPipelines();
        }
        pipelineFailed[depth] = false;
        return depth;
    }

    @TruffleBoundary
    private void growPipelines() {
        pipelineFailed = java.util.Arrays.copyOf(pipelineFailed, pipelineFailed.length * 2);
    }

    /** Ends the pipeline {@link #enterPipeline} started; returns whether it succeeded (what $? becomes). */
    public boolean exitPipeline(int depth) {
        pipelineDepth = depth - 1;
        return !pipelineFailed[depth];
    }

    /** The depth of the pipeline running now (0 outside any): a command made now belongs to it. */
    public int pipelineDepth() {
        return pipelineDepth;
    }

    /** Marks the pipeline at that depth failed: a command of it wrote an error, or a program of it exited non-zero. */
    public void failPipeline(int depth) {
        pipelineFailed[Math.min(depth, pipelineDepth)] = true;
    }

    /** Marks the pipeline running now failed: an error ended one of its statements (a function body's, a script's). */
    public void failCurrentPipeline() {
        pipelineFailed[pipelineDepth] = true;
    }

    /**
     * Sets $? to true, as pwsh does after a condition that runs commands ({@code if (Get-Item x) {...}} leaves
     * $? true whatever Get-Item wrote).
     */
    public void markSucceeded() {
        lastStatementSucceeded = true;
    }

    /**
     * Whether a statement-terminating error is to propagate to an enclosing try or trap instead of being
     * reported where it happened (pwsh's PropagateExceptionsToEnclosingStatementBlock).
     */
    public boolean propagateErrors() {
        return propagateErrors;
    }

    /** Sets {@link #propagateErrors}; returns the previous value, to be restored. */
    public boolean setPropagateErrors(boolean propagate) {
        boolean previous = propagateErrors;
        propagateErrors = propagate;
        return previous;
    }

    /** The error the innermost running catch block handles, which a bare {@code throw} rethrows; or null. */
    public ErrorRecord errorBeingHandled() {
        return errorBeingHandled;
    }

    /** Sets {@link #errorBeingHandled}; returns the previous value, to be restored. */
    public ErrorRecord setErrorBeingHandled(ErrorRecord error) {
        ErrorRecord previous = errorBeingHandled;
        errorBeingHandled = error;
        return previous;
    }

    /**
     * $?: whether the last pipeline ran without errors and no terminating error came after it (see
     * StatementListNode); at the end of a script pwsh's console host turns it into the exit code: 0, or 1.
     */
    public boolean lastStatementSucceeded() {
        return lastStatementSucceeded;
    }

    public void setLastStatementSucceeded(boolean succeeded) {
        this.lastStatementSucceeded = succeeded;
    }

    /**
     * Sends the streams of an invocation where the caller wants them: each pipe of {@code invocation}
     * that is null (or the whole of it) goes to the host, as it does between invocations.
     */
    void setInvocationStreams(Streams invocation) {
        this.invocationStreams = invocation == null ? hostStreams : new Streams(
                invocation.error() != null ? invocation.error() : hostStreams.error(),
                invocation.warning() != null ? invocation.warning() : hostStreams.warning(),
                invocation.verbose() != null ? invocation.verbose() : hostStreams.verbose(),
                invocation.debug() != null ? invocation.debug() : hostStreams.debug(),
                invocation.information() != null ? invocation.information() : hostStreams.information());
        this.streams = invocationStreams;
    }

    /** The streams of the invocation running now, before the redirections of its commands ({@code 6>&1}) apply. */
    public Streams invocationStreams() {
        return invocationStreams;
    }

    void addChildRunspace(Runspace child) {
        childRunspaces.add(child);
    }

    void removeChildRunspace(Runspace child) {
        childRunspaces.remove(child);
    }

    /** Cancels and closes the runspaces opened inside this session that are still open. */
    void closeChildRunspaces() {
        for (Runspace child : List.copyOf(childRunspaces)) {
            child.cancel();
        }
    }

    /**
     * [runspace]::DefaultRunspace: the runspace this session runs in, the {@link LocalRunspace} a script made when
     * the session is one, else the host's, made when first asked.
     */
    public synchronized Object defaultRunspace() {
        if (defaultRunspace == null) {
            defaultRunspace = new SessionRunspace();
        }
        return defaultRunspace;
    }

    /** Makes the session the one of a runspace a script made. */
    synchronized void setDefaultRunspace(LocalRunspace runspace) {
        defaultRunspace = runspace;
    }

    /** The Id of the next runspace a script makes in this session, whose own runspace is 1 (pwsh's Runspace.Id). */
    int nextRunspaceId() {
        return runspaceIds.incrementAndGet();
    }

    /** The {@code $using:} values of the remote or job invocation running now, by key, or null. */
    public Map<String, Object> usingValues() {
        return usingValues;
    }

    /** Set by whoever runs a block another session sent (see UsingExpressions); null when it ends. */
    public void setUsingValues(Map<String, Object> values) {
        this.usingValues = values;
    }

    /**
     * Parses script text and runs it in the global scope, its output to {@code output}: a nested
     * pipeline, as pwsh's {@code PowerShell.Create(RunspaceMode.CurrentRunspace)}.
     *
     * @throws org.jposh.interpreter.runtime.PoshParseError when the text does not parse
     */
    public void invokeScript(String script, String name, Pipe output) {
        CompiledScriptBlock code = language.parseScriptBlock(
                Source.newBuilder(PoshLanguage.ID, script, name).cached(false).build());
        CommandProcessorBase processor = CommandDiscovery.createProcessor(this, new ScriptBlock(code, sessionState),
                true, new CommandArgument[0], null, 1, false);
        CommandProcessorBase.runPipeline(new CommandProcessorBase[]{processor}, null, output);
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

    /** The session's event manager ($ExecutionContext.Events): subscribers, received events, pending actions. */
    public PSEventManager events() {
        return events;
    }

    /** Whether top-level output goes through Out-Default to the host rather than back to the caller. */
    public boolean hostOutput() {
        return hostOutput;
    }

    public PSHost host() {
        return host;
    }

    /** {@code $Host}: the engine's side of the host, which counts nested prompts. */
    public InternalHost internalHost() {
        return internalHost;
    }

    /** Replaces the host the options described, for an embedder that brings its own ({@link Runspace#open(PSHost)}). */
    void setHost(PSHost host) {
        this.host = host;
    }

    public PrintStream out() {
        return out;
    }

    /** The session's standard input, which [Console]::ReadLine reads (Read-Host reads it through the host). */
    public java.io.InputStream in() {
        return env.in();
    }

    public PrintStream err() {
        return err;
    }

    /** {@code [Console]::OutputEncoding}: what the session's standard output and error are written in. */
    public TextEncoding outputEncoding() {
        return outputEncoding == null ? TextEncoding.CONSOLE_DEFAULT : outputEncoding;
    }

    public void setOutputEncoding(TextEncoding encoding) {
        out.flush();
        err.flush();
        outputEncoding = encoding;
        stdout.setCharset(encoding.charset());
        stderr.setCharset(encoding.charset());
        consoleOut = null;
        consoleError = null;
    }

    /** {@code [Console]::InputEncoding}: what {@code [Console]::ReadLine()} decodes standard input as. */
    public TextEncoding inputEncoding() {
        return inputEncoding == null ? TextEncoding.CONSOLE_DEFAULT : inputEncoding;
    }

    public void setInputEncoding(TextEncoding encoding) {
        inputEncoding = encoding;
        consoleIn = null;
    }

    /** {@code [Console]::Out}: a TextWriter to the session's standard output. */
    public synchronized TextWriter consoleOut() {
        if (consoleOut == null) {
            consoleOut = new SyncTextWriter(out, outputEncoding());
        }
        return consoleOut;
    }

    /** {@code [Console]::Error}: a TextWriter to the session's standard error. */
    public synchronized TextWriter consoleError() {
        if (consoleError == null) {
            consoleError = new SyncTextWriter(err, outputEncoding());
        }
        return consoleError;
    }

    /** {@code [Console]::In}: a TextReader of the session's standard input, which [Console]::ReadLine reads. */
    public synchronized TextReader consoleIn() {
        if (consoleIn == null) {
            consoleIn = new SyncTextReader(in(), inputEncoding().charset(), out);
        }
        return consoleIn;
    }

    private static synchronized void countCreated(PoshContext context) {
        contextsCreated++;
        onlyContext = contextsCreated == 1 ? context : null;
    }

    /** Forgets a closed context, which {@link #get} no longer gives; contexts made later count as the second. */
    static synchronized void disposed(PoshContext context) {
        if (onlyContext == context) {
            onlyContext = null;
        }
    }

    /**
     * The context of the code running; {@code node} is the node asking, or null for Java code outside the nodes
     * (a method of a .NET type, a command processor). While the process has made only one context (a script run
     * by the jposh command), that is the answer for such code without asking Truffle: outside compiled code
     * Truffle reads a thread-local with a call into the VM, which a class method's call or a delegate's would
     * otherwise pay each time. Nodes ask Truffle, whose lookup compiles to a constant.
     */
    public static PoshContext get(Node node) {
        if (node == null) {
            PoshContext only = onlyContext;
            if (only != null) {
                return only;
            }
        }
        return REFERENCE.get(node);
    }

    /**
     * The context this thread has entered, or null when it has entered none (Java code that formats a value
     * outside a session).
     */
    public static PoshContext entered() {
        try {
            return REFERENCE.get(null);
        } catch (IllegalStateException | AssertionError e) {
            return null;
        }
    }

    /**
     * As {@link #entered}, but while the process has made only one context, that one without asking Truffle (see
     * {@link #get}), on whichever thread asks.
     */
    public static PoshContext enteredOrOnly() {
        PoshContext only = onlyContext;
        return only != null ? only : entered();
    }

    /** The session's extended type data (Update-TypeData's). */
    public TypeTable typeTable() {
        return typeTable;
    }

    /** The context of the current thread, which has entered it (host code such as {@link Runspace}). */
    static PoshContext current() {
        return get(null);
    }
}
