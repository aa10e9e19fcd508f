package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementListNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * {@code a && b || c}: the pipelines run left to right, each after {@code &&} only when $? is true and
 * each after {@code ||} only when it is false ($? as the pipeline before left it). As pwsh's compiler does, an
 * error that ends one pipeline is handled as a statement's error (a trap, a try, {@code throw},
 * $ErrorActionPreference) and, unless that ends the statement, the chain goes on with $? false.
 */
public final class PipelineChainNode extends StatementNode {
    @Children private final StatementNode[] pipelines;
    @CompilationFinal(dimensions = 1) private final boolean[] runWhenSucceeded;
    @CompilationFinal private StatementListNode statementList;

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
            // an expression ("hi" && x) succeeds unless it fails; a pipeline sets $? itself
            context.setLastStatementSucceeded(true);
            try {
                pipelines[i].execute(frame, output);
            } catch (PSRuntimeException | PoshException e) {
                statementList().handleChainError(frame, e, pipelines[i], output);
            }
        }
    }

    /** The statement list the chain is a statement of (perhaps inside an assignment), whose traps it answers to. */
    private StatementListNode statementList() {
        if (statementList == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            Node node = getParent();
            while (!(node instanceof StatementListNode)) {
                node = node.getParent();
            }
            statementList = (StatementListNode) node;
        }
        return statementList;
    }
}
