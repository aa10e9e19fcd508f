package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.IndexOperator;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/** {@code $target[index]} and {@code $target?[index]}; see {@link IndexOperator} for the rules. */
public abstract class IndexNode extends BinaryNode {
    private final boolean nullConditional;

    protected IndexNode(boolean nullConditional) {
        this.nullConditional = nullConditional;
    }

    @Specialization(guards = {"index >= 0", "index < array.length"})
    protected Object arrayElement(Object[] array, int index) {
        return array[index];
    }

    @Fallback
    protected Object index(VirtualFrame frame, Object target, Object index) {
        if (nullConditional && LanguagePrimitives.isNull(target)) {
            return null;
        }
        return IndexOperator.getIndex(target, index, ScriptBlockRootNode.scope(frame));
    }
}
