package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * {@code [int]$a[0] = value}, {@code [string]$o.Name = value}: a target other than a variable converts the
 * value by its type constraints, innermost first, and keeps nothing of them, as pwsh does.
 */
public final class ConvertingTargetNode extends AssignmentTargetNode {
    @Child private AssignmentTargetNode target;
    private final DotNetType[] types;

    public ConvertingTargetNode(AssignmentTargetNode target, DotNetType[] types) {
        this.target = target;
        this.types = types;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        target.assign(frame, convert(value));
    }

    @TruffleBoundary
    private Object convert(Object value) {
        Object result = value;
        for (DotNetType type : types) {
            result = LanguagePrimitives.convertTo(result, type);
        }
        return result;
    }

    @Override
    public Object read(VirtualFrame frame) {
        return target.read(frame);
    }
}
