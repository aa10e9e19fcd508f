package org.jposh.interpreter.commands;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import java.util.function.Consumer;
import org.jposh.interpreter.runtime.Pipe;

/**
 * One command running in one pipeline, whatever kind of command it is (PowerShell's
 * CommandProcessorBase): the pipeline drives begin, process per input object and end. Command-line
 * binding happens when {@link CommandDiscovery} makes the processor; its errors are terminating.
 */
public abstract class CommandProcessorBase {
    private List<CommandProcessor> redirectionFiles = List.of();

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

    public abstract void begin();

    /** Processes one pipeline input object; an object that cannot be bound is reported and skipped. */
    public abstract void process(Object input);

    /** The process step of a pipeline's first command, which has no input object. */
    public abstract void processWithoutInput();

    public abstract void end();

    /**
     * Runs bound commands as one pipeline: each command's output feeds the next, the last one's goes
     * to {@code output}. {@code input} writes the pipeline's input objects to the pipe it is given;
     * null means the pipeline has no input and its first command processes once without any.
     */
    @TruffleBoundary
    public static void runPipeline(CommandProcessorBase[] processors, Consumer<Pipe> input, Pipe output) {
        for (int i = 0; i < processors.length; i++) {
            processors[i].setOutput(i + 1 < processors.length ? processors[i + 1]::process : output);
        }
        try {
            for (CommandProcessorBase processor : processors) {
                processor.begin();
            }
            if (input == null) {
                processors[0].processWithoutInput();
            } else {
                input.accept(processors[0]::process);
            }
            for (CommandProcessorBase processor : processors) {
                processor.end();
            }
        } finally {
            for (CommandProcessorBase processor : processors) {
                for (CommandProcessor file : processor.redirectionFiles) {
                    file.end();
                }
            }
        }
    }
}
