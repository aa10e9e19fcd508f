package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * {@code return [pipeline]}: the pipeline's output goes to the output like any statement's, then the script
 * block ends: by marking the block as returned when only statement lists and {@code if} bodies lie between
 * the return and the block's root (they stop when marked), else by a ReturnException the root catches.
 */
public final class ReturnNode extends StatementNode {
    @Child private StatementNode pipeline;
    private final boolean marksBlock;

    /**
     * @param pipeline what is returned, or null
     * @param marksBlock whether the statement lists up to the root stop for a returned block
     */
    public ReturnNode(StatementNode pipeline, boolean marksBlock) {
        this.pipeline = pipeline;
        this.marksBlock = marksBlock;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        if (pipeline != null) {
            pipeline.execute(frame, output);
        }
        if (marksBlock) {
            ScriptBlockRootNode.markReturned(frame);
            return;
        }
        throw new ReturnException();
    }
}
