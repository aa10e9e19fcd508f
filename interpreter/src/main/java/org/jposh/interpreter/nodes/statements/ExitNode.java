package org.jposh.interpreter.nodes.statements;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.ExitException;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;

/** {@code exit [code]}: leaves the script; the code is converted to an int, 0 when absent. */
public final class ExitNode extends StatementNode {
    @Child private StatementNode code;

    public ExitNode(StatementNode code) {
        this.code = code;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        int exitCode = code == null ? 0 : LanguagePrimitives.toInt(code.executeValue(frame));
        throw new ExitException(exitCode);
    }
}
