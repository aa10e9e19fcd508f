package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * Statements run one after another. A statement-terminating error (a runtime exception such as a
 * division by zero, an unknown command, a parameter binding error, a cmdlet's ThrowTerminatingError)
 * ends its statement only: as in pwsh, the error record goes to the error output, $? becomes false
 * and the next statement runs. Runtime errors raised without a position get the position of the
 * statement that raised them, which is where PowerShell reports them. (Script-terminating errors —
 * `throw`, `-ErrorAction Stop`, errors inside `try` — will need their own handling when those exist.)
 */
public final class StatementListNode extends StatementNode {
    @Children private final StatementNode[] statements;

    public StatementListNode(StatementNode[] statements) {
        this.statements = statements;
    }

    /** A block of statements is not itself a statement that tools and statement limits count. */
    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return false;
    }

    @Override
    @ExplodeLoop
    public void execute(VirtualFrame frame, Pipe output) {
        PoshContext context = PoshContext.get(this);
        for (StatementNode statement : statements) {
            context.setLastStatementSucceeded(true);
            try {
                statement.execute(frame, output);
            } catch (PSRuntimeException e) {
                reportStatementError(context, e.toErrorRecord(statement.extent()));
            } catch (PoshException e) {
                reportStatementError(context, e.errorRecord());
            }
        }
    }

    @TruffleBoundary
    public static void reportStatementError(PoshContext context, ErrorRecord error) {
        context.errorOutput().write(error);
        context.setLastStatementSucceeded(false);
    }
}
