package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * One iteration of a loop or switch, repeated by a Truffle LoopNode (so that the JIT compiles long
 * loops on the stack, and the iteration count is not bounded by stack depth).
 *
 * <p>A LoopNode hands its repeating node only the frame, but a statement also needs the pipe its output
 * goes to and, for {@code foreach} and {@code switch}, the cursor over the elements. These belong to
 * one run of the loop, not to the node (a script block may run on several threads or recursively), so
 * the loop statement stores them in an auxiliary slot of the frame, one slot per loop node.
 */
abstract class LoopBodyNode extends PoshNode implements RepeatingNode {
    private final String label;
    @CompilationFinal private int stateSlot = -1;

    /** @param label the loop's label ({@code :outer}) or null */
    LoopBodyNode(String label) {
        this.label = label == null ? "" : label;
    }

    /** Records what this run of the loop works with; the loop statement calls it before running the loop. */
    final void setState(VirtualFrame frame, Object state) {
        frame.setAuxiliarySlot(stateSlot(frame), state);
    }

    final Object state(VirtualFrame frame) {
        return frame.getAuxiliarySlot(stateSlot(frame));
    }

    private int stateSlot(VirtualFrame frame) {
        if (stateSlot < 0) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            stateSlot = frame.getFrameDescriptor().findOrAddAuxiliarySlot(this);
        }
        return stateSlot;
    }

    /**
     * Runs the body once; false when a {@code break} for this loop ends the loop. A {@code continue} for
     * it just ends this pass; a break or continue naming another label goes on to the enclosing loops.
     */
    final boolean runBody(VirtualFrame frame, StatementNode body, Pipe output) {
        try {
            body.execute(frame, output);
            return true;
        } catch (BreakException e) {
            if (e.matches(label)) {
                return false;
            }
            throw e;
        } catch (ContinueException e) {
            if (e.matches(label)) {
                return true;
            }
            throw e;
        }
    }

    /** Sets {@code $_} in the current scope (switch), in its slot, which every scope has. */
    static void setDollarUnder(VirtualFrame frame, Object value) {
        restoreDollarUnderSlot(frame, SessionStateScope.slotValue("_", value));
    }

    /** Puts back what {@link #dollarUnderSlot} gave. */
    static void restoreDollarUnderSlot(VirtualFrame frame, Object raw) {
        ScriptBlockRootNode.scope(frame).slots()[ScopeLayout.DOLLAR_UNDER] = raw;
    }

    /** The current scope's own {@code $_} slot, UNSET when the scope has none, for restoring it after a switch. */
    static Object dollarUnderSlot(VirtualFrame frame) {
        return ScriptBlockRootNode.scope(frame).slots()[ScopeLayout.DOLLAR_UNDER];
    }
}
