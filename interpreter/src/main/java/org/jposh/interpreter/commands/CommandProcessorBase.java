package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import java.util.function.Consumer;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.Pipe;

/**
 * One command running in one pipeline, whatever kind of command it is (PowerShell's
 * CommandProcessorBase): the pipeline drives begin, process per input object and end. Command-line
 * binding happens when {@link CommandDiscovery} makes the processor; its errors are terminating.
 */
public abstract class CommandProcessorBase {
    private List<CommandProcessor> redirectionFiles = List.of();
    private boolean begun;
    private final int pipelineDepth;

    /** @param pipelineDepth the session's pipeline running now ({@link PoshContext#pipelineDepth}), the command's own */
    protected CommandProcessorBase(int pipelineDepth) {
        this.pipelineDepth = pipelineDepth;
    }

    /**
     * Marks the pipeline the command runs in failed, so $? is false after it: the command wrote an error, or its
     * program exited non-zero (not the pipelines it runs inside itself, whose errors are theirs).
     */
    final void failPipeline(PoshContext context) {
        context.failPipeline(pipelineDepth);
    }

    public abstract void setOutput(Pipe output);

    /** Where the command's non-terminating errors (ErrorRecords) go; the host's error output by default. */
    public abstract void setErrorOutput(Pipe errors);

    /** Sends the command's output to {@code output} instead of downstream ({@code > file}). */
    public abstract void redirectOutput(Pipe output);

    /** Sends the command's stream 2 to 6 to the pipe ({@code 2> file}). */
    public abstract void redirectStream(int stream, Pipe pipe);

    /** Sends the command's stream 2 to 6 into its output ({@code 2>&1}). */
    public abstract void mergeStreamIntoOutput(int stream);

    /** The Out-File commands of the command's file redirections, ended with the pipeline. */
    public void setRedirectionFiles(List<CommandProcessor> files) {
        redirectionFiles = files;
    }

    /** Ends the Out-File commands of the command's file redirections, with the pipeline. */
    void endRedirectionFiles() {
        for (CommandProcessor file : redirectionFiles) {
            file.end();
        }
    }

    public abstract void begin();

    /** Runs the command's begin step, once. */
    final void beginOnce() {
        if (!begun) {
            begun = true;
            begin();
        }
    }

    /**
     * Input from the command upstream. A command that writes while it begins reaches this one before the
     * pipeline has begun it, so it begins first, as pwsh's ProcessRecord does.
     */
    final void processFromUpstream(Object input) {
        beginOnce();
        process(input);
    }

    /** Processes one pipeline input object; an object that cannot be bound is reported and skipped. */
    public abstract void process(Object input);

    /** The process step of a pipeline's first command, which has no input object. */
    public abstract void processWithoutInput();

    public abstract void end();

    /**
     * Runs last for a command that has begun, however its pipeline ended (normally, stopped, or by an
     * exception), as pwsh's DoCleanResource: a function's {@code clean} block.
     */
    public void clean() {
    }

    /** Cleans the commands that have begun; an exception from one is suppressed into {@code failure}, if any. */
    static void cleanBegun(CommandProcessorBase[] processors, Throwable failure) {
        RuntimeException first = null;
        for (CommandProcessorBase processor : processors) {
            if (!processor.begun) {
                continue;
            }
            try {
                processor.clean();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Called instead of {@link #end} when the pipeline stops the command early: a command downstream
     * wants no more input, or the pipeline ends with an exception (a terminating error, Ctrl+C);
     * commands that hold resources (a running program, threads) release them.
     */
    public void stop() {
    }

    /**
     * Runs bound commands as one pipeline: each command's output feeds the next, the last one's goes
     * to {@code output}. {@code input} writes the pipeline's input objects to the pipe it is given;
     * null means the pipeline has no input and its first command processes once without any.
     *
     * <p>A command may stop the commands upstream of it ({@link StopUpstreamCommandsException}) while
     * processing or ending: the input and those commands are abandoned (they are stopped, never ended),
     * and the pipeline goes on by ending that command and the ones after it.
     */
    @TruffleBoundary
    public static void runPipeline(CommandProcessorBase[] processors, Consumer<Pipe> input, Pipe output) {
        // A pipeline's start is a safe point for event actions, as in pwsh's InvokePipeline (Java code may also
        // drive pipelines outside any session).
        PoshContext session = PoshContext.enteredOrOnly();
        if (session != null) {
            session.events().processPendingActions();
        }
        for (int i = 0; i < processors.length; i++) {
            processors[i].setOutput(i + 1 < processors.length ? processors[i + 1]::processFromUpstream : output);
        }
        int ended = 0;
        Throwable failure = null;
        try {
            int first = 0;
            try {
                for (CommandProcessorBase processor : processors) {
                    processor.beginOnce();
                }
                if (input == null) {
                    processors[0].processWithoutInput();
                } else {
                    input.accept(processors[0]::process);
                }
            } catch (StopUpstreamCommandsException e) {
                first = stopUpstream(processors, e, 0);
            }
            for (int i = first; i < processors.length; i++) {
                ended = i;
                try {
                    processors[i].end();
                } catch (StopUpstreamCommandsException e) {
                    // Thrown while this command ended: it and the commands up to the one that asked are stopped.
                    if (e.source() != processors[i]) {
                        i = stopUpstream(processors, e, i) - 1;
                    }
                }
            }
            ended = processors.length;
        } catch (RuntimeException | Error e) {
            failure = e;
            // The pipeline did not end normally: the commands that have not ended release what they hold.
            for (int i = ended; i < processors.length; i++) {
                try {
                    processors[i].stop();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        } finally {
            try {
                cleanBegun(processors, failure);
            } finally {
                for (CommandProcessorBase processor : processors) {
                    processor.endRedirectionFiles();
                }
            }
        }
    }

    /**
     * Stops the commands from {@code from} up to the one that asked, and returns its index; a stop asked
     * by a command of another pipeline (one nested in a command of this one) goes on unwinding.
     */
    static int stopUpstream(CommandProcessorBase[] processors, StopUpstreamCommandsException e, int from) {
        for (int i = from; i < processors.length; i++) {
            if (processors[i] == e.source()) {
                for (int j = from; j < i; j++) {
                    processors[j].stop();
                }
                return i;
            }
        }
        throw e;
    }
}
