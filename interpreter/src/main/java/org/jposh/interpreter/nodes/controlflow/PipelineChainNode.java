package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementListNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * {@code a && b || c}: the pipelines run left to right, each after {@code &&} only when $? is true and
 * each after {@code ||} only when it is false. As pwsh's compiler does, an error that ends one pipeline
 * is reported and sets $? to false, and the chain goes on with the next operator.
 */
public final class PipelineChainNode extends StatementNode {
    @Children private final StatementNode[] pipelines;
    @CompilationFinal(dimensions = 1) private final boolean[] runWhenSucceeded;

    /** @param runWhenSucceeded for each pipeline after the first, whether it follows {@code &&} */
    public PipelineChainNode(StatementNode[] pipelines, boolean[] runWhenSucceeded) {
        this.pipelines = pipelines;
        this.runWhenSucceeded = runWhenSucceeded;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        PoshContext context = ScriptBlockRootNode.context(frame);
        for (int i = 0; i < pipelines.length; i++) {
            if (i > 0 && context.lastStatementSucceeded() != runWhenSucceeded[i - 1]) {
                continue;
            }
            int errors = context.errorCount();
            try {
                pipelines[i].execute(frame, output);
                context.setLastStatementSucceeded(context.noErrorsSince(errors));
            } catch (PSRuntimeException e) {
                StatementListNode.reportStatementError(context, e.toErrorRecord(pipelines[i].extent()));
            } catch (PoshException e) {
                StatementListNode.reportStatementError(context, e.errorRecord());
            }
        }
    }
}
