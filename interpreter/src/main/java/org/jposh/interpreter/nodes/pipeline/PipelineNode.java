package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;

/**
 * A pipeline with at least one command. Objects stream: each command's output is handed to the next
 * command's process step as it is written. Commands begin in order, a leading expression's values
 * are fed one by one to the first command (which otherwise processes once with no input), then the
 * commands end in order, so what one writes while ending still flows downstream. A pipeline that
 * completes sets $? to whether it ran without errors, wherever it runs (a statement, a loop's collection,
 * an assignment's value), as pwsh's pipeline processor does.
 */
public final class PipelineNode extends StatementNode {
    @Child private ExpressionNode input;
    @Children private final CommandNode[] commands;

    /** @param input the leading expression, or null when the pipeline starts with a command */
    public PipelineNode(ExpressionNode input, CommandNode[] commands) {
        this.input = input;
        this.commands = commands;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        PoshContext context = ScriptBlockRootNode.context(frame);
        ScriptBlockRootNode.markPosition(frame, extent());
        int depth = context.enterPipeline();
        boolean succeeded;
        try {
            if (commands.length == 1 && input == null) {
                commands[0].executeAlone(frame, output);
            } else {
                CommandProcessorBase[] processors = createProcessors(frame);
                Object inputValue = input == null ? null : input.executeGeneric(frame);
                run(processors, inputValue, output);
            }
        } finally {
            succeeded = context.exitPipeline(depth);
        }
        context.setLastStatementSucceeded(succeeded);
    }

    @ExplodeLoop
    private CommandProcessorBase[] createProcessors(VirtualFrame frame) {
        CommandProcessorBase[] processors = new CommandProcessorBase[commands.length];
        for (int i = 0; i < commands.length; i++) {
            processors[i] = commands[i].createProcessor(frame, i + 1, i > 0 || input != null);
        }
        return processors;
    }

    @TruffleBoundary
    private void run(CommandProcessorBase[] processors, Object inputValue, Pipe output) {
        CommandProcessorBase.runPipeline(processors,
                input == null ? null : first -> LanguagePrimitives.writeEnumerated(first, inputValue), output);
    }
}
