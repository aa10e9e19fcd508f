package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/** {@code return [pipeline]}: the pipeline's output goes to the output like any statement's, then the script block ends. */
public final class ReturnNode extends StatementNode {
    @Child private StatementNode pipeline;

    /** @param pipeline what is returned, or null */
    public ReturnNode(StatementNode pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        if (pipeline != null) {
            pipeline.execute(frame, output);
        }
        throw new ReturnException();
    }
}
