package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * A cast, {@code [type]value}, converting as {@link LanguagePrimitives#convertTo} does.
 * {@code [pscustomobject]} (an accelerator for psobject) is told apart by name, as pwsh does: it turns
 * a dictionary into a custom object instead of wrapping it.
 */
public final class ConvertNode extends ExpressionNode {
    @Child private TypeLiteralNode type;
    @Child private ExpressionNode value;
    private final boolean toCustomObject;

    public ConvertNode(TypeLiteralNode type, ExpressionNode value, boolean toCustomObject) {
        this.type = type;
        this.value = value;
        this.toCustomObject = toCustomObject;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (toCustomObject) {
            return LanguagePrimitives.convertToPSCustomObject(v);
        }
        DotNetType target = type.resolve();
        if (v != null && v.getClass() == target.javaClass()) {
            return v;
        }
        if (v instanceof Integer i) {
            // the widening casts of arithmetic loops ([long]$i, [double]$n), without the general conversion
            if (target == CoreTypes.INT64) {
                return (long) i;
            } else if (target == CoreTypes.DOUBLE) {
                return (double) i;
            }
        }
        return LanguagePrimitives.convertTo(v, target);
    }
}
