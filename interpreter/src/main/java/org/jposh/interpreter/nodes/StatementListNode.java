package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * Statements run one after another. Runtime errors raised without a position get the position of
 * the statement that raised them, which is where PowerShell reports them.
 */
public final class StatementListNode extends StatementNode {
    @Children private final StatementNode[] statements;

    public StatementListNode(StatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        for (StatementNode statement : statements) {
            try {
                statement.execute(frame, output);
            } catch (PSRuntimeException e) {
                throw new PoshException(e.toErrorRecord(statement.extent()), statement);
            }
        }
    }
}
