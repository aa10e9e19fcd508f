package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandProcessor;
import org.jposh.interpreter.nodes.PoshNode;

/** A command in a pipeline: finds the command by name and prepares its processor with the arguments bound. */
public final class CommandNode extends PoshNode {
    private final String commandName;
    @Children private final CommandArgumentNode[] arguments;

    public CommandNode(String commandName, CommandArgumentNode[] arguments) {
        this.commandName = commandName;
        this.arguments = arguments;
    }

    /**
     * @param pipelinePosition the command's place in the pipeline, from 1
     * @param expectingInput whether pipeline input will reach the command
     */
    public CommandProcessor createProcessor(VirtualFrame frame, int pipelinePosition, boolean expectingInput) {
        CommandArgument[] values = evaluateArguments(frame);
        return CommandProcessor.create(PoshContext.get(this), commandName, values, extent(), pipelinePosition,
                expectingInput);
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
