package org.jposh.interpreter.nodes.statements;

import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;

/**
 * {@code throw [value]}: raises the value as a script-terminating error ({@link ErrorRecord#fromThrownValue}).
 * Without a value it rethrows the error a catch block handles, or outside one raises "ScriptHalted".
 */
public final class ThrowNode extends StatementNode {
    @Child private StatementNode value;

    /** @param value the thrown pipeline, or null for a bare {@code throw} */
    public ThrowNode(StatementNode value) {
        this.value = value;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        ErrorRecord error;
        if (value == null) {
            ErrorRecord handled = ScriptBlockRootNode.context(frame).errorBeingHandled();
            error = handled != null ? handled : thrown(null);
        } else {
            error = thrown(value.executeValue(frame));
        }
        throw new PoshException(error, this, PoshException.Severity.THROWN);
    }

    @TruffleBoundary
    private ErrorRecord thrown(Object thrownValue) {
        ErrorRecord error = ErrorRecord.fromThrownValue(thrownValue);
        error.setExtentIfAbsent(extent());
        return error;
    }
}
