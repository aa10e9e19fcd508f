package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.runtime.RangeOperator;

/** {@code a..b}: an {@code object[]} of the ints (or chars) from a to b inclusive, either direction. */
public abstract class RangeNode extends BinaryNode {

    @Specialization(guards = "sizeFits(from, to)")
    protected Object[] ints(int from, int to) {
        Object[] result = new Object[Math.abs(to - from) + 1];
        int step = from <= to ? 1 : -1;
        for (int i = 0, v = from; i < result.length; i++, v += step) {
            result[i] = v;
        }
        return result;
    }

    @Fallback
    protected Object[] objects(Object from, Object to) {
        return RangeOperator.range(from, to);
    }

    /** Larger ranges take the runtime's path, which reports the overflow as pwsh does. */
    protected static boolean sizeFits(int from, int to) {
        return Math.abs((long) to - from) < Integer.MAX_VALUE - 8;
    }
}
