package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.Pipe;

/** A statement: it writes whatever it outputs to the pipe it is given. */
public abstract class StatementNode extends PoshNode {

    public abstract void execute(VirtualFrame frame, Pipe output);

    /**
     * The statement's output as a value, as assignment sees it: nothing is $null, one object is
     * itself, several are an array. Expression statements override this to skip the collecting.
     */
    public Object executeValue(VirtualFrame frame) {
        CollectingPipe pipe = new CollectingPipe();
        execute(frame, pipe);
        return pipe.result();
    }
}
