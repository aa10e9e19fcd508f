package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.RangeOperator;

/**
 * {@code foreach ($i in a..b)} and {@code switch (a..b)}: as in pwsh, the range is enumerated lazily
 * instead of being built as an array, so {@code 1..1e9} costs no memory.
 */
@NodeChild(value = "from", type = ExpressionNode.class)
@NodeChild(value = "to", type = ExpressionNode.class)
public abstract class EnumerateRangeNode extends CursorNode {

    @Specialization
    protected ElementCursor ints(int from, int to) {
        return new ElementCursor.IntRangeCursor(from, to);
    }

    @Fallback
    @TruffleBoundary
    protected ElementCursor other(Object from, Object to) {
        return new ElementCursor.IteratorCursor(RangeOperator.enumerate(from, to).iterator(),
                RangeOperator.isCharRange(from, to) ? LoopEnumerator.CHAR_RANGE_ENUMERATOR
                        : LoopEnumerator.RANGE_ENUMERATOR, null);
    }
}
