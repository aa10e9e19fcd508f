package org.jposh.interpreter;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleContext;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.source.Source;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.commands.ScriptCommandProcessor;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.nodes.ScriptRootNode;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.ExitNestedPromptException;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.Streams;

/**
 * A PowerShell runspace for Java code in the same process: one session state (variables, commands,
 * location) kept from one invocation to the next, in which scripts and commands run with their
 * output objects and error records handed to {@link Pipe}s as they are produced. The remoting
 * server gives each runspace pool one; Start-Job and embedders can use it the same way.
 *
 * <p>It owns a polyglot {@link Context} of the language and calls the interpreter directly inside
 * it, rather than through {@code Context.eval}, because eval returns a script's output only once it
 * has ended, as one value exported for other languages; here the caller wants the runtime's own
 * values (PSObject, Hashtable, Object[], String, Integer...) one by one.
 *
 * <p>Invocations run on the calling thread, one at a time, as a PowerShell runspace runs one pipeline
 * at a time; a second caller waits. Terminating errors reach the caller as the runtime's exceptions:
 * {@link org.jposh.interpreter.runtime.PoshException} (with its ErrorRecord),
 * {@link org.jposh.interpreter.runtime.PoshParseError} and, after {@link #stop},
 * {@link PipelineStoppedException}. Exceptions the pipes throw propagate unchanged, which is how a
 * consumer that has gone away ends the pipeline. {@code exit} ends the invocation, not the runspace;
 * the host hears of it ({@link PSHost#setShouldExit}).
 *
 * <p>A runspace opened from script code ({@link #openChild}, as Start-Job does) is an inner context of
 * the session that opens it: it shares the engine's compiled code and has no more access than that
 * session; it runs on a thread made with {@link #newThread}.
 */
public final class Runspace implements AutoCloseable {
    /** A command of a pipeline: its name and its arguments, as the parameter binder takes them. */
    public record Command(String name, List<CommandArgument> arguments) {
    }

    /** The polyglot context of a runspace a Java host opened; null for a child runspace. */
    private final Context context;
    /** The inner context of a child runspace; null for one a Java host opened. */
    private final TruffleContext inner;
    private final TruffleLanguage.Env creator;
    /** The session that opened a child runspace; null otherwise. */
    private final PoshContext parent;
    private final ReentrantLock lock = new ReentrantLock();
    /** The invocation running now, or null. */
    private volatile Running running;

    private record Running(Thread thread, TruffleLanguage.Env env) {
    }

    private Runspace(Context context, TruffleContext inner, PoshContext parent) {
        this.context = context;
        this.inner = inner;
        this.parent = parent;
        this.creator = parent == null ? null : parent.env();
    }

    /**
     * Opens a runspace whose host writes to the given streams (Write-Host, warnings, and whatever
     * the host prints); output objects and errors go to the pipes of each invocation instead.
     */
    public static Runspace open(OutputStream hostOutput, OutputStream hostError) {
        Context context = Context.newBuilder(PoshLanguage.ID)
                .out(hostOutput)
                .err(hostError)
                .option("engine.WarnInterpreterOnly", "false")
                .allowAllAccess(true)
                .build();
        context.initialize(PoshLanguage.ID);
        return new Runspace(context, null, null);
    }

    /**
     * Opens a runspace inside the session {@code parent} (Start-Job): a new session state with the same
     * access as the parent's, non-interactive, whose host writes to {@code hostOutput}.
     *
     * @throws IllegalStateException when the parent's host does not allow creating threads, which
     *                               running the child needs
     */
    public static Runspace openChild(PoshContext parent, java.io.OutputStream hostOutput) {
        checkThreadsAllowed(parent);
        return openNested(parent, hostOutput);
    }

    /**
     * Opens a runspace inside the session {@code parent} as {@link #openChild} does, whether or not the
     * host allows threads: {@code [powershell]::Create()} runs its commands on the caller's thread until
     * it is asked to run them asynchronously.
     */
    static Runspace openNested(PoshContext parent, java.io.OutputStream hostOutput) {
        TruffleContext inner = parent.env().newInnerContextBuilder(PoshLanguage.ID).inheritAllAccess(true)
                .initializeCreatorContext(true).out(hostOutput).err(hostOutput)
                .config(PoshContext.NON_INTERACTIVE_CONFIG, Boolean.TRUE).build();
        Runspace child = new Runspace(null, inner, parent);
        parent.addChildRunspace(child);
        return child;
    }

    /**
     * Checks that the session's host lets it create the threads a child runspace runs on.
     *
     * @throws IllegalStateException when it does not
     */
    static void checkThreadsAllowed(PoshContext parent) {
        if (!parent.env().isCreateThreadAllowed()) {
            throw new IllegalStateException("the host does not allow this session to create threads");
        }
    }

    /**
     * A thread of a child runspace, on which its invocations run. It holds the runspace's lock from before it
     * enters the context to after it leaves, as a caller of {@link #enterAndRun} does: the language runs one
     * thread at a time, and the thread is still inside for a while after its work has ended, when a runspace
     * pool may already give the runspace to other work or a caller may run the next command in it.
     */
    public Thread newThread(Runnable body) {
        return creator.newTruffleThreadBuilder(body).context(inner).beforeEnter(lock::lock).afterLeave(lock::unlock)
                .build();
    }

    /** Opens a runspace whose host is {@code host}: an interactive console's. */
    public static Runspace open(PSHost host) {
        return open(host, System.out, System.err);
    }

    /**
     * Opens a runspace whose host is {@code host} (a remoting server's, which forwards to its client),
     * the context's own output and error streams going to {@code out} and {@code err}.
     */
    public static Runspace open(PSHost host, OutputStream out, OutputStream err) {
        Runspace runspace = open(out, err);
        runspace.inSession(posh -> {
            posh.setHost(host);
            return null;
        });
        return runspace;
    }

    /**
     * Runs what a user typed, as a console does: in the global scope (in a nested prompt, the scope of
     * the suspended command), the output through Out-Default, errors (terminating ones too, and parse
     * errors) shown by the host as they happen.
     *
     * @return Completed (non-terminating errors included), Failed after a terminating or parse error,
     *     Stopped after {@link #stop}
     * @throws ExitException when the input ran {@code exit}: the console decides what that ends (in a nested
     *     prompt, which leaves it, $LASTEXITCODE is set to the code first)
     */
    public PipelineState invokeInteractive(String script, String name) {
        PipelineState[] state = {PipelineState.Completed};
        enterAndRun(null, posh -> {
            try {
                ScriptRootNode.runWithHostOutput(posh, output -> posh.invokeScript(script, name, output));
            } catch (PoshParseError e) {
                posh.host().ui().writeErrorLine(e.errorRecord().normalView());
                state[0] = PipelineState.Failed;
            } catch (PoshException e) {
                state[0] = PipelineState.Failed;
            } catch (PipelineStoppedException e) {
                state[0] = PipelineState.Stopped;
            } catch (ExitNestedPromptException e) {
                // $Host.ExitNestedPrompt(): the host's nested loop ends after this command
            } catch (ExitException e) {
                if (posh.internalHost().nestedPromptLevel() > 0) {
                    // exit leaves a nested prompt, its code kept in $LASTEXITCODE (pwsh's LocalPipeline)
                    posh.sessionState().global().set("LASTEXITCODE", e.exitCode());
                }
                throw e;
            }
        });
        return state[0];
    }

    /**
     * Runs host code that reads or changes the session (tab completion, setting $PROFILE) inside the
     * context, between invocations.
     */
    public <T> T inSession(Function<PoshContext, T> query) {
        Object[] result = new Object[1];
        enterAndRun(null, posh -> result[0] = query.apply(posh));
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    /**
     * Runs script text in the global scope, so that its variables stay for the next invocation (as in
     * a PSSession). The input objects, when there are any, reach it through {@code $input}.
     *
     * @param input the pipeline input, or null for none
     */
    public void invokeScript(String script, String name, Iterator<?> input, Pipe output, Pipe errors) {
        invokeScript(script, name, List.of(), null, input, output, errors);
    }

    /**
     * Runs script text in the global scope as a remote session runs Invoke-Command's block: the
     * arguments bind to its {@code param} block (or {@code $args}), and its {@code $using:} expressions
     * read {@code usingValues} (keyed as {@link org.jposh.interpreter.runtime.UsingExpressions} keys them).
     *
     * @param usingValues the caller's {@code $using:} values, or null for none
     * @param input the pipeline input, or null for none
     */
    public void invokeScript(String script, String name, List<CommandArgument> arguments, Map<String, Object> usingValues,
                             Iterator<?> input, Pipe output, Pipe errors) {
        invokeScript(script, name, arguments, usingValues, input, output, errorsOnly(errors));
    }

    /**
     * Runs script text as {@link #invokeScript(String, String, List, Map, Iterator, Pipe, Pipe)} does,
     * with every stream going where {@code streams} says (the remoting server sends them all to its
     * client); a stream whose pipe is null goes to the host.
     */
    public void invokeScript(String script, String name, List<CommandArgument> arguments, Map<String, Object> usingValues,
                             Iterator<?> input, Pipe output, Streams streams) {
        run(streams, posh -> {
            CompiledScriptBlock code = posh.language().parseScriptBlock(
                    Source.newBuilder(PoshLanguage.ID, script, name).cached(false).build());
            CommandProcessorBase processor = CommandDiscovery.createProcessor(posh,
                    new ScriptBlock(code, posh.sessionState()), true, arguments.toArray(CommandArgument[]::new), null, 1,
                    input != null);
            posh.setUsingValues(usingValues);
            try {
                CommandProcessorBase.runPipeline(new CommandProcessorBase[]{processor},
                        input == null ? null : first -> input.forEachRemaining(first::write), output);
            } finally {
                posh.setUsingValues(null);
            }
        });
    }

    /**
     * Runs script text for one input object as ForEach-Object -Parallel runs its block (pwsh's PSTask):
     * at {@code location}, in the global scope, with {@code $_} set to the object and its {@code $using:}
     * expressions reading {@code usingValues}. A runspace used again for the next object is
     * {@linkplain #resetState reset} first, as pwsh resets the runspaces of its pool.
     *
     * @param location the caller's current location, or null to stay where the runspace is
     */
    public void invokeTask(String script, String name, Object dollarUnder, Map<String, Object> usingValues,
                           Path location, Pipe output, Pipe errors) {
        run(errorsOnly(errors), posh -> {
            CompiledScriptBlock code = posh.language().parseScriptBlock(
                    Source.newBuilder(PoshLanguage.ID, script, name).cached(false).build());
            if (location != null && Files.isDirectory(location)) {
                posh.sessionState().setLocation(location);
            }
            posh.setUsingValues(usingValues);
            try {
                ScriptCommandProcessor.invoke(new ScriptBlock(code, posh.sessionState()), false, null, dollarUnder,
                        null, output);
            } finally {
                posh.setUsingValues(null);
            }
        });
    }

    /**
     * Resets the runspace for reuse as pwsh's ResetRunspaceState does: its variables go back to those of
     * a new session ($Error empty, the preference variables at their defaults, none of the scripts'),
     * and its location to the process's; the functions and aliases its scripts defined stay.
     */
    public void resetState() {
        enterAndRun(null, PoshContext::resetRunspaceState);
    }

    /**
     * Runs commands as one pipeline ({@code a | b | c}); the input objects, when given, are the
     * first command's pipeline input.
     *
     * @param input the pipeline input, or null for none
     */
    public void invokeCommands(List<Command> pipeline, Iterator<?> input, Pipe output, Pipe errors) {
        invokeCommands(pipeline, input, output, errorsOnly(errors));
    }

    /** Runs commands as one pipeline, every stream going where {@code streams} says (null pipes: the host). */
    public void invokeCommands(List<Command> pipeline, Iterator<?> input, Pipe output, Streams streams) {
        run(streams, posh -> {
            CommandProcessorBase[] processors = new CommandProcessorBase[pipeline.size()];
            for (int i = 0; i < processors.length; i++) {
                Command c = pipeline.get(i);
                processors[i] = CommandDiscovery.createProcessor(posh, c.name(), false,
                        c.arguments().toArray(CommandArgument[]::new), null, i + 1, i > 0 || input != null);
            }
            CommandProcessorBase.runPipeline(processors, input == null ? null : first -> input.forEachRemaining(first::write),
                    output);
        });
    }

    private interface Invocation {
        void run(PoshContext posh);
    }

    private static Streams errorsOnly(Pipe errors) {
        return new Streams(errors, null, null, null, null);
    }

    /** Runs an invocation; {@code exit} leaves it, tells the host (SetShouldExit), and the runspace stays open. */
    private void run(Streams streams, Invocation invocation) {
        enterAndRun(streams, posh -> {
            try {
                invocation.run(posh);
            } catch (ExitException e) {
                posh.host().setShouldExit(e.exitCode());
            }
        });
    }

    /**
     * Runs an invocation inside the context. One that a running invocation starts (a command typed at a
     * nested prompt) is the one {@link #stop} stops until it ends; then the outer one is again.
     */
    private void enterAndRun(Streams streams, Invocation invocation) {
        lock.lock();
        Object previous = null;
        if (context != null) {
            context.enter();
        } else {
            previous = inner.enter(null);
        }
        PoshContext posh = PoshContext.current();
        Running outer = running;
        Streams outerStreams = posh.streams();
        posh.setInvocationStreams(streams);
        running = new Running(Thread.currentThread(), posh.env());
        try {
            invocation.run(posh);
        } finally {
            running = outer;
            if (outer == null) {
                posh.setInvocationStreams(null);
            } else {
                posh.setStreams(outerStreams);
            }
            if (context != null) {
                context.leave();
            } else {
                inner.leave(null, previous);
            }
            lock.unlock();
        }
    }

    /**
     * Stops the invocation running now, if any: it ends with {@link PipelineStoppedException} at its
     * next safepoint (Truffle code polls them, and so do cmdlets that loop). Callable from any thread.
     */
    public void stop() {
        Running target = running;
        if (target == null) {
            return;
        }
        target.env().submitThreadLocal(new Thread[]{target.thread()}, new ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                // Only the invocation it was meant for: the action may run when a later one enters.
                if (running == target) {
                    throw new PipelineStoppedException();
                }
            }
        });
    }

    /**
     * Closes the runspace; an invocation still running is cancelled. A child runspace is closed by its
     * session's thread, once its own thread has ended. A runspace closed between invocations (a console the
     * user leaves, a remote session closed) first raises PowerShell.Exiting and runs its actions, as pwsh does
     * when a runspace closes; the cancelling close that follows skips the exit notification that would.
     */
    @Override
    public void close() {
        if (context != null) {
            if (running == null && lock.tryLock()) {
                try {
                    enterAndRun(null, posh -> posh.events().sessionEnding());
                } finally {
                    lock.unlock();
                }
            }
            context.close(true);
        } else {
            parent.removeChildRunspace(this);
            inner.close();
        }
    }

    /** Closes a child runspace whose thread may still be running: the thread is cancelled first. */
    void cancel() {
        parent.removeChildRunspace(this);
        inner.closeCancelled(null, "The session that started this runspace has ended.");
    }
}
