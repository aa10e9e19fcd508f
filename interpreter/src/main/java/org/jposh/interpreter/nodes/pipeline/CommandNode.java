package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandProcessor;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.Pipe;

/** A command in a pipeline: finds the command by name and prepares its processor with the arguments bound. */
public final class CommandNode extends PoshNode {
    private final String commandName;
    @Children private final CommandArgumentNode[] arguments;
    @Child private RedirectionsNode redirections;

    /** @param redirections the command's redirections, or null */
    public CommandNode(String commandName, CommandArgumentNode[] arguments, RedirectionsNode redirections) {
        this.commandName = commandName;
        this.arguments = arguments;
        this.redirections = redirections;
    }

    /**
     * @param pipelinePosition the command's place in the pipeline, from 1
     * @param expectingInput whether pipeline input will reach the command
     */
    public CommandProcessor createProcessor(VirtualFrame frame, int pipelinePosition, boolean expectingInput) {
        CommandArgument[] values = evaluateArguments(frame);
        CommandProcessor processor = CommandProcessor.create(PoshContext.get(this), ScriptBlockRootNode.scope(frame),
                commandName, values, extent(), pipelinePosition, expectingInput);
        if (redirections != null) {
            processor.setRedirectionFiles(redirections.apply(frame, new ProcessorTarget(processor)));
        }
        return processor;
    }

    /** Redirections act on the command's own streams and output. */
    private record ProcessorTarget(CommandProcessor processor) implements RedirectionsNode.Target {
        @Override
        public void redirect(int stream, Pipe pipe) {
            processor.redirectStream(stream, pipe);
        }

        @Override
        public void merge(int stream) {
            processor.mergeStreamIntoOutput(stream);
        }

        @Override
        public void redirectOutput(Pipe pipe) {
            processor.redirectOutput(pipe);
        }
    }

    @ExplodeLoop
    private CommandArgument[] evaluateArguments(VirtualFrame frame) {
        CommandArgument[] values = new CommandArgument[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i].execute(frame);
        }
        return values;
    }
}
