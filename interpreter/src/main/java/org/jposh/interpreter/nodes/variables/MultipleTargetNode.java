package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * {@code $a, $b, $c = values}: the value is enumerated; each target but the last takes one element
 * ($null when they run out) and the last takes the rest: one element as itself, several as an array.
 */
public final class MultipleTargetNode extends AssignmentTargetNode {
    @Children private final AssignmentTargetNode[] targets;

    public MultipleTargetNode(AssignmentTargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void assign(VirtualFrame frame, Object value) {
        Object[] values = split(value, targets.length);
        for (int i = 0; i < targets.length; i++) {
            targets[i].assign(frame, values[i]);
        }
    }

    @TruffleBoundary
    private static Object[] split(Object value, int count) {
        Iterable<?> enumerable = LanguagePrimitives.getEnumerable(value);
        List<Object> elements = new ArrayList<>();
        if (enumerable == null) {
            elements.add(value);
        } else {
            enumerable.forEach(elements::add);
        }
        Object[] result = new Object[count];
        for (int i = 0; i < count - 1 && i < elements.size(); i++) {
            result[i] = elements.get(i);
        }
        int rest = elements.size() - (count - 1);
        if (rest == 1) {
            result[count - 1] = elements.get(count - 1);
        } else if (rest > 1) {
            result[count - 1] = elements.subList(count - 1, elements.size()).toArray();
        }
        return result;
    }

    @Override
    public Object read(VirtualFrame frame) {
        throw new IllegalStateException("a list of targets has no value to read");
    }
}
