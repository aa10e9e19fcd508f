package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.source.Source;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.GenericList;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MethodInvocationException;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.Streams;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PowerShell ({@code [powershell]::Create()}): commands and scripts added
 * with AddScript/AddCommand/AddParameter/AddArgument/AddStatement (its {@link PSCommand} Commands), run
 * in a {@link LocalRunspace}: one of its own, made on first use and kept until Dispose(), or the
 * Runspace or RunspacePool it is given. Invoke() runs them on the caller's thread and returns the
 * output; BeginInvoke() runs them on a thread of the runspace and EndInvoke() waits for the output.
 * The errors, warnings, verbose, debug and information records are collected in Streams, HadErrors
 * tells whether there were errors, and InvocationStateInfo how the last invocation went. A script that
 * does not parse or a terminating error makes Invoke() (EndInvoke()) throw, as pwsh's
 * MethodInvocationException around the ParseException or the error's exception; Stop() ends the
 * invocation, which EndInvoke() then reports as a PipelineStoppedException.
 */
public final class PowerShell {
    private static final String SMA = "System.Management.Automation";
    private static final DotNetType OUTPUT_TYPE = CoreTypes.COLLECTION.makeGenericType(CoreTypes.PS_OBJECT);

    public static final DotNetType STREAMS_TYPE = CoreTypes.define(SMA, "PSDataStreams", DataStreams.class,
            b -> b.property("Error", CoreTypes.OBJECT, s -> ((DataStreams) s).error)
                    .property("Warning", CoreTypes.OBJECT, s -> ((DataStreams) s).warning)
                    .property("Verbose", CoreTypes.OBJECT, s -> ((DataStreams) s).verbose)
                    .property("Debug", CoreTypes.OBJECT, s -> ((DataStreams) s).debug)
                    .property("Information", CoreTypes.OBJECT, s -> ((DataStreams) s).information)
                    .method("ClearStreams", CoreTypes.VOID, (s, a) -> {
                        ((DataStreams) s).clear();
                        return AutomationNull.VALUE;
                    }));
    private static final DotNetType DATA_COLLECTION_TYPE = CoreTypes.PS_DATA_COLLECTION.makeGenericType(
            CoreTypes.PS_OBJECT);
    public static final DotNetType WAIT_HANDLE_TYPE = CoreTypes.define("System.Threading", "WaitHandle",
            WaitHandle.class, PowerShell::defineWaitHandle);
    public static final DotNetType ASYNC_RESULT_TYPE = CoreTypes.define(SMA, "PowerShellAsyncResult",
            AsyncResult.class, PowerShell::defineAsyncResult);
    public static final DotNetType TYPE = CoreTypes.define(SMA, "PowerShell", PowerShell.class,
            PowerShell::defineMembers);

    static {
        CoreTypes.register(TYPE, "powershell");
        CoreTypes.register(STREAMS_TYPE);
        CoreTypes.register(WAIT_HANDLE_TYPE);
        CoreTypes.register(ASYNC_RESULT_TYPE);
    }

    /** The records of the streams other than output, as the last invocations wrote them. */
    public static final class DataStreams {
        private final List<Object> error = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> warning = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> verbose = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> debug = new org.jposh.interpreter.runtime.ArrayList();
        private final List<Object> information = new org.jposh.interpreter.runtime.ArrayList();

        private Streams asStreams() {
            return new Streams(error::add, warning::add, verbose::add, debug::add, information::add);
        }

        private void clear() {
            error.clear();
            warning.clear();
            verbose.clear();
            debug.clear();
            information.clear();
        }
    }

    /**
     * What BeginInvoke returns (pwsh's PowerShellAsyncResult, an IAsyncResult): IsCompleted, and
     * AsyncWaitHandle.WaitOne() to wait for the invocation; EndInvoke takes it back for the output.
     */
    public static final class AsyncResult {
        private final PowerShell owner;
        private final List<Object> output;
        private final WaitHandle waitHandle = new WaitHandle(this);
        private StateInfo.Invocation end;
        private ExceptionValue reason;

        private AsyncResult(PowerShell owner, List<Object> output) {
            this.owner = owner;
            this.output = output;
        }

        private synchronized boolean isCompleted() {
            return end != null;
        }

        private synchronized void complete(StateInfo.Invocation state, ExceptionValue why) {
            end = state;
            reason = why;
            notifyAll();
        }

        /** Waits until the invocation has ended, or the timeout (ms, negative for none) has passed. */
        private boolean await(long timeoutMillis) {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            boolean[] done = new boolean[1];
            TruffleSafepoint.setBlockedThreadInterruptible(null, result -> {
                synchronized (result) {
                    while (result.end == null) {
                        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                        if (timeoutMillis >= 0 && left <= 0) {
                            break;
                        }
                        result.wait(timeoutMillis < 0 ? 0 : Math.max(1, left));
                    }
                    done[0] = result.end != null;
                }
            }, this);
            return done[0];
        }
    }

    /** AsyncWaitHandle: WaitOne() waits for the invocation; WaitOne(ms) for at most so long, saying whether it ended. */
    public record WaitHandle(AsyncResult result) {
    }

    /** One Invoke or BeginInvoke: the pipelines, their input, where the output goes. */
    private final class Invocation implements RunspacePool.Work {
        private final List<List<PSCommand.Command>> statements = commands.statements();
        private final Iterable<?> input;
        private final List<Object> output;
        private final AsyncResult async;
        private volatile LocalRunspace runspace;
        private boolean ended;

        private Invocation(Iterable<?> input, List<Object> output, boolean asynchronous) {
            this.input = input;
            this.output = output;
            this.async = asynchronous ? new AsyncResult(PowerShell.this, output) : null;
        }

        @Override
        public Runnable run(LocalRunspace in) {
            return PowerShell.this.run(in, this);
        }

        @Override
        public void cancel(ExceptionValue reason) {
            finish(this, StateInfo.Invocation.Failed, reason);
        }
    }

    private final PSCommand commands;
    private final DataStreams streams = new DataStreams();
    private final UUID instanceId = UUID.randomUUID();
    private LocalRunspace runspace;
    private boolean ownsRunspace;
    /** What the runspace of its own starts with; null for the default. */
    private InitialSessionState initialSessionState;
    private RunspacePool pool;
    private StateInfo.Invocation state = StateInfo.Invocation.NotStarted;
    private ExceptionValue reason;
    private Invocation current;
    private boolean disposed;
    private volatile boolean hadErrors;

    private PowerShell(PSCommand commands) {
        this.commands = commands;
    }

    /** A PowerShell whose commands are a script block's text, its arguments bound as the script's (GetPowerShell). */
    public static PowerShell forScriptBlock(ScriptBlock block, Object[] args) {
        PowerShell ps = new PowerShell(new PSCommand());
        ps.commands.add(new PSCommand.Command(block.toString(), true, false));
        for (Object arg : args) {
            ps.commands.addArgument(CommandArgument.positional(arg, null));
        }
        return ps;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.staticMethod("Create", TYPE, (t, a) -> new PowerShell(new PSCommand()));
        b.staticMethod("Create", TYPE, (t, a) -> {
            PowerShell ps = new PowerShell(new PSCommand());
            ps.initialSessionState = RunspaceFactory.given(a[0]);
            return ps;
        }, param("initialSessionState", InitialSessionState.TYPE));
        b.staticMethod("Create", TYPE, (t, a) -> {
            PowerShell ps = new PowerShell(new PSCommand());
            ps.setRunspace((LocalRunspace) a[0]);
            return ps;
        }, param("runspace", LocalRunspace.BASE_TYPE));
        PSCommand.defineAdders(b, ps -> ((PowerShell) ps).changeableCommands());
        b.method("Invoke", OUTPUT_TYPE, (t, a) -> ((PowerShell) t).invoke(null, 0));
        b.method("Invoke", OUTPUT_TYPE, (t, a) -> ((PowerShell) t).invoke(a[0], 1), param("input", CoreTypes.OBJECT));
        b.method("BeginInvoke", ASYNC_RESULT_TYPE, (t, a) -> ((PowerShell) t).beginInvoke(null, null));
        b.method("BeginInvoke", ASYNC_RESULT_TYPE, (t, a) -> ((PowerShell) t).beginInvoke(a[0], null),
                param("input", CoreTypes.OBJECT));
        b.method("BeginInvoke", ASYNC_RESULT_TYPE, (t, a) -> ((PowerShell) t).beginInvoke(a[0], (GenericList) a[1]),
                param("input", CoreTypes.OBJECT), param("output", DATA_COLLECTION_TYPE));
        b.method("EndInvoke", DATA_COLLECTION_TYPE, (t, a) -> ((PowerShell) t).endInvoke(a[0]),
                param("asyncResult", CoreTypes.OBJECT));
        b.method("Stop", CoreTypes.VOID, (t, a) -> {
            ((PowerShell) t).stop();
            return AutomationNull.VALUE;
        });
        b.method("Dispose", CoreTypes.VOID, (t, a) -> {
            ((PowerShell) t).dispose();
            return AutomationNull.VALUE;
        });
        b.property("Commands", PSCommand.TYPE, t -> ((PowerShell) t).commands, (t, v) ->
                ((PowerShell) t).setCommands((PSCommand) v));
        b.property("Runspace", LocalRunspace.BASE_TYPE, t -> ((PowerShell) t).runspace(),
                (t, v) -> ((PowerShell) t).setRunspace((LocalRunspace) v));
        b.property("RunspacePool", RunspacePool.TYPE, t -> ((PowerShell) t).pool,
                (t, v) -> ((PowerShell) t).setRunspacePool((RunspacePool) v));
        b.property("InvocationStateInfo", StateInfo.INVOCATION_STATE_INFO, t -> ((PowerShell) t).invocationStateInfo());
        b.property("InstanceId", CoreTypes.GUID, t -> ((PowerShell) t).instanceId);
        b.property("IsNested", CoreTypes.BOOLEAN, t -> false);
        b.property("Streams", STREAMS_TYPE, t -> ((PowerShell) t).streams);
        b.property("HadErrors", CoreTypes.BOOLEAN, t -> ((PowerShell) t).hadErrors);
    }

    private static void defineAsyncResult(TypeAdapter.Builder b) {
        b.property("IsCompleted", CoreTypes.BOOLEAN, r -> ((AsyncResult) r).isCompleted())
                .property("CompletedSynchronously", CoreTypes.BOOLEAN, r -> false)
                .property("AsyncState", CoreTypes.OBJECT, r -> null)
                .property("AsyncWaitHandle", WAIT_HANDLE_TYPE, r -> ((AsyncResult) r).waitHandle);
    }

    private static void defineWaitHandle(TypeAdapter.Builder b) {
        b.method("WaitOne", CoreTypes.BOOLEAN, (h, a) -> ((WaitHandle) h).result().await(-1));
        b.method("WaitOne", CoreTypes.BOOLEAN, (h, a) -> ((WaitHandle) h).result().await((Integer) a[0]),
                param("millisecondsTimeout", CoreTypes.INT32));
        b.method("WaitOne", CoreTypes.BOOLEAN, (h, a) -> ((WaitHandle) h).result().await(
                ((org.jposh.interpreter.runtime.TimeSpan) a[0]).ticks() / 10_000), param("timeout", CoreTypes.TIME_SPAN));
    }

    private synchronized StateInfo invocationStateInfo() {
        return StateInfo.of(StateInfo.INVOCATION_STATE_INFO, StateInfo.INVOCATION_STATE, state, reason);
    }

    /** The commands, which may change only while nothing runs (pwsh's AssertChangesAreAccepted). */
    private synchronized PSCommand changeableCommands() {
        assertChangesAccepted();
        return commands;
    }

    private void assertChangesAccepted() {
        assertNotDisposed();
        if (state == StateInfo.Invocation.Running || state == StateInfo.Invocation.Stopping) {
            throw new DotNetException("System.Management.Automation.InvalidPowerShellStateException",
                    "The state of the current PowerShell instance is not valid for this operation.");
        }
    }

    private void assertNotDisposed() {
        if (disposed) {
            throw new DotNetException("System.ObjectDisposedException",
                    "Cannot access a disposed object.\nObject name: 'PowerShell'.");
        }
    }

    private synchronized void setCommands(PSCommand value) {
        if (value == null) {
            throw DotNetException.argumentNull("Command");
        }
        assertChangesAccepted();
        PSCommand copy = value.copy();
        commands.clear();
        for (List<PSCommand.Command> statement : copy.statements()) {
            statement.forEach(commands::add);
        }
    }

    /** The runspace commands run in: unless one was given (or a pool), one of its own, made and opened now. */
    private synchronized LocalRunspace runspace() {
        if (runspace == null && pool == null) {
            assertNotDisposed();
            runspace = new LocalRunspace(PoshContext.get(null),
                    initialSessionState != null ? initialSessionState : InitialSessionState.createDefault());
            runspace.open();
            ownsRunspace = true;
        }
        return runspace;
    }

    private synchronized void setRunspace(LocalRunspace value) {
        assertChangesAccepted();
        closeOwnRunspace();
        runspace = value;
        pool = null;
    }

    private synchronized void setRunspacePool(RunspacePool value) {
        if (value != null) {
            assertChangesAccepted();
            closeOwnRunspace();
            runspace = null;
            pool = value;
        }
    }

    private void closeOwnRunspace() {
        if (runspace != null && ownsRunspace) {
            runspace.close();
        }
        ownsRunspace = false;
    }

    /** Checks that the instance can run its commands now and marks it Running (pwsh's Prepare). */
    private synchronized Invocation start(Object input, List<Object> output, boolean asynchronous) {
        assertNotDisposed();
        if (commands.isEmpty()) {
            throw DotNetException.invalidOperation("No commands are specified.");
        }
        if (state == StateInfo.Invocation.Running || state == StateInfo.Invocation.Stopping) {
            throw DotNetException.invalidOperation("The operation cannot be performed because a command has already "
                    + "been started. Wait for the command to complete, or stop it, and then try the operation again.");
        }
        Iterable<?> objects = input == null ? null : LanguagePrimitives.getEnumerable(input);
        current = new Invocation(objects == null && input != null ? List.of(input) : objects, output, asynchronous);
        state = StateInfo.Invocation.Running;
        reason = null;
        return current;
    }

    private void finish(Invocation invocation, StateInfo.Invocation end, ExceptionValue why) {
        synchronized (this) {
            if (invocation.ended) {
                return;
            }
            invocation.ended = true;
            if (current == invocation) {
                state = end;
                reason = why;
            }
            if (invocation.async != null) {
                invocation.async.complete(end, why);
            }
            notifyAll();
        }
    }

    @TruffleBoundary
    private GenericList invoke(Object input, int argumentCount) {
        GenericList output = new GenericList(OUTPUT_TYPE);
        Invocation invocation = start(input, output, false);
        try {
            if (pool != null) {
                pool.invoke(invocation);
            } else {
                execute(runspace(), invocation);
            }
        } catch (DotNetException e) {
            finish(invocation, StateInfo.Invocation.Failed, ExceptionValue.of(e));
            throw e;
        }
        synchronized (this) {
            if (invocation.ended && current == invocation && state == StateInfo.Invocation.Failed) {
                throw new MethodInvocationException("Invoke", argumentCount, reason);
            }
        }
        return output;
    }

    @TruffleBoundary
    private AsyncResult beginInvoke(Object input, GenericList output) {
        Invocation invocation = start(input, output != null ? output : new GenericList(DATA_COLLECTION_TYPE), true);
        try {
            if (pool != null) {
                pool.submit(invocation);
            } else {
                LocalRunspace in = runspace();
                in.newThread(() -> execute(in, invocation)).start();
            }
        } catch (DotNetException e) {
            finish(invocation, StateInfo.Invocation.Failed, ExceptionValue.of(e));
            throw e;
        } catch (IllegalStateException e) {
            DotNetException error = DotNetException.invalidOperation(
                    "The commands cannot run asynchronously: " + e.getMessage() + ".");
            finish(invocation, StateInfo.Invocation.Failed, ExceptionValue.of(error));
            throw error;
        }
        return invocation.async;
    }

    @TruffleBoundary
    private List<Object> endInvoke(Object handle) {
        if (!(PSObject.base(handle) instanceof AsyncResult result) || result.owner != this) {
            throw new DotNetException("System.Management.Automation.PSArgumentException",
                    "The IAsyncResult object was not created by calling BeginInvoke on this PowerShell instance.");
        }
        result.await(-1);
        if (result.end == StateInfo.Invocation.Failed || result.end == StateInfo.Invocation.Stopped) {
            throw new MethodInvocationException("EndInvoke", 1, result.reason);
        }
        return result.output;
    }

    /**
     * Stops the invocation running (or still waiting for a runspace of its pool) and waits for it to end;
     * one not started yet is just marked Stopped, as pwsh does.
     */
    @TruffleBoundary
    private void stop() {
        Invocation invocation;
        synchronized (this) {
            if (state == StateInfo.Invocation.NotStarted) {
                state = StateInfo.Invocation.Stopped;
                return;
            }
            if (state != StateInfo.Invocation.Running && state != StateInfo.Invocation.Stopping) {
                return;
            }
            state = StateInfo.Invocation.Stopping;
            invocation = current;
        }
        if (pool != null && pool.withdraw(invocation)) {
            finish(invocation, StateInfo.Invocation.Stopped, stoppedReason());
            return;
        }
        // A thread just starting has not entered its runspace yet, so the stop is asked again until it ends.
        boolean[] ended = new boolean[1];
        while (!ended[0]) {
            LocalRunspace in = invocation.runspace;
            if (in != null) {
                in.stop();
            }
            TruffleSafepoint.setBlockedThreadInterruptible(null, ps -> {
                synchronized (ps) {
                    if (!invocation.ended) {
                        ps.wait(50);
                    }
                    ended[0] = invocation.ended;
                }
            }, this);
        }
    }

    private static ExceptionValue stoppedReason() {
        return new ExceptionValue(ExceptionTypes.forName("PipelineStoppedException"), "The pipeline has been stopped.",
                null);
    }

    /** Runs an invocation in a runspace on this thread, unless it was stopped before it could start. */
    private void execute(LocalRunspace in, Invocation invocation) {
        run(in, invocation).run();
    }

    /** Runs the invocation in the runspace; what it returns finishes it (its state, and those waiting for it). */
    private Runnable run(LocalRunspace in, Invocation invocation) {
        synchronized (this) {
            if (state == StateInfo.Invocation.Stopping && current == invocation) {
                ExceptionValue stopped = stoppedReason();
                return () -> finish(invocation, StateInfo.Invocation.Stopped, stopped);
            }
            invocation.runspace = in;
        }
        ExceptionValue failure;
        try {
            failure = in.invoke(posh -> runStatements(posh, invocation));
        } catch (PipelineStoppedException e) {
            ExceptionValue stopped = stoppedReason();
            return () -> finish(invocation, StateInfo.Invocation.Stopped, stopped);
        } catch (DotNetException e) {
            return () -> finish(invocation, StateInfo.Invocation.Failed, ExceptionValue.of(e));
        }
        if (failure != null) {
            hadErrors = true;
            return () -> finish(invocation, StateInfo.Invocation.Failed, failure);
        }
        return () -> finish(invocation, StateInfo.Invocation.Completed, null);
    }

    /** Runs the statements in the entered runspace; returns the exception of the error that ended them, or null. */
    private ExceptionValue runStatements(PoshContext posh, Invocation invocation) {
        Streams previous = posh.setStreams(streams.asStreams());
        int errorsBefore = streams.error.size();
        Pipe output = value -> {
            synchronized (invocation.output) {
                invocation.output.add(value == null ? null : PSObject.asPSObject(value));
            }
        };
        try {
            Iterable<?> input = invocation.input;
            for (List<PSCommand.Command> statement : invocation.statements) {
                CommandProcessorBase[] processors = new CommandProcessorBase[statement.size()];
                for (int i = 0; i < processors.length; i++) {
                    processors[i] = processor(posh, statement.get(i), i + 1, i > 0 || input != null);
                }
                Iterable<?> objects = input;
                CommandProcessorBase.runPipeline(processors, objects == null ? null
                        : first -> objects.forEach(first::write), output);
                input = null;
            }
            return null;
        } catch (PoshParseError e) {
            return e.exception(e.error().message());
        } catch (PoshException e) {
            return e.thrownException();
        } catch (ExitException e) {
            return null;
        } finally {
            posh.setStreams(previous);
            if (streams.error.size() > errorsBefore) {
                hadErrors = true;
            }
        }
    }

    private static CommandProcessorBase processor(PoshContext posh, PSCommand.Command command, int position,
                                                  boolean expectingInput) {
        CommandArgument[] arguments = command.arguments().toArray(CommandArgument[]::new);
        if (command.isScript()) {
            CompiledScriptBlock code = posh.language().parseScriptBlock(Source.newBuilder(PoshLanguage.ID,
                    command.text(), "<ScriptBlock>").cached(false).build());
            return CommandDiscovery.createProcessor(posh, new ScriptBlock(code, posh.sessionState()),
                    !command.useLocalScope(), arguments, null, position, expectingInput);
        }
        return CommandDiscovery.createProcessor(posh, command.text(), false, arguments, null, position,
                expectingInput);
    }

    /** Stops what runs and closes the runspace the instance made for itself; it cannot be used after. */
    private void dispose() {
        if (disposed) {
            return;
        }
        stop();
        synchronized (this) {
            closeOwnRunspace();
            runspace = null;
            disposed = true;
        }
    }
}
