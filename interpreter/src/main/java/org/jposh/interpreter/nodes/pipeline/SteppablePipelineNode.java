package org.jposh.interpreter.nodes.pipeline;

import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.commands.SteppablePipeline;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * The one pipeline of a script block made steppable ({@code $block.GetSteppablePipeline()}): instead of
 * running, it takes each command and its argument values in the scope it runs in, the caller's, and
 * writes the {@link SteppablePipeline} that will bind and run them step by step.
 */
public final class SteppablePipelineNode extends StatementNode {
    @Children private final CommandNode[] commands;

    public SteppablePipelineNode(CommandNode[] commands) {
        this.commands = commands;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        CommandNode.Prepared[] prepared = new CommandNode.Prepared[commands.length];
        for (int i = 0; i < commands.length; i++) {
            prepared[i] = commands[i].prepare(frame);
        }
        output.write(steppable(ScriptBlockRootNode.context(frame), prepared));
    }

    @TruffleBoundary
    private SteppablePipeline steppable(PoshContext context, CommandNode.Prepared[] prepared) {
        return new SteppablePipeline(expectInput -> {
            CommandProcessorBase[] processors = new CommandProcessorBase[commands.length];
            for (int i = 0; i < processors.length; i++) {
                processors[i] = commands[i].createPrepared(context, prepared[i], i + 1, i > 0 || expectInput);
            }
            return processors;
        });
    }
}
