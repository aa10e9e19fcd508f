package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshTypesGen;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * A cast, {@code [type]value}, converting as {@link LanguagePrimitives#convertTo} does.
 * {@code [pscustomobject]} (an accelerator for psobject) is told apart by name, as pwsh does: it turns
 * a dictionary into a custom object instead of wrapping it. {@code [string]} joins a collection with
 * {@code $OFS}, as expansion does.
 */
public final class ConvertNode extends ExpressionNode {
    @Child private TypeLiteralNode type;
    @Child private ExpressionNode value;
    private final boolean toCustomObject;
    @CompilationFinal private Object constant;

    public ConvertNode(TypeLiteralNode type, ExpressionNode value, boolean toCustomObject) {
        this.type = type;
        this.value = value;
        this.toCustomObject = toCustomObject;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (constant != null) {
            return constant;
        }
        return convert(frame, value.executeGeneric(frame));
    }

    /**
     * {@code [long]$i} where a long is wanted ({@code [long]$i * $i}): an int or a long is widened without
     * being boxed, which in a loop body would otherwise allocate every iteration.
     */
    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        if (constant != null) {
            return PoshTypesGen.expectLong(constant);
        }
        Object v = value.executeGeneric(frame);
        if (type.resolve() == CoreTypes.INT64) {
            if (v instanceof Integer i) {
                return i;
            } else if (v instanceof Long l) {
                return l;
            }
        }
        return PoshTypesGen.expectLong(convert(frame, v));
    }

    /** {@code [double]$n} where a double is wanted, as {@link #executeLong} for longs. */
    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        if (constant != null) {
            return PoshTypesGen.expectDouble(constant);
        }
        Object v = value.executeGeneric(frame);
        if (type.resolve() == CoreTypes.DOUBLE) {
            if (v instanceof Integer i) {
                return i;
            } else if (v instanceof Double d) {
                return d;
            }
        }
        return PoshTypesGen.expectDouble(convert(frame, v));
    }

    private Object convert(VirtualFrame frame, Object v) {
        if (toCustomObject) {
            return LanguagePrimitives.convertToPSCustomObject(v);
        }
        DotNetType target = type.resolve();
        if (value instanceof LiteralNode && !target.isJavaType()) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            return foldConstant(LanguagePrimitives.convertTo(v, target));
        }
        if (v != null && v.getClass() == target.javaClass()) {
            return v;
        }
        if (target == CoreTypes.STRING) {
            return ExpandableStringNode.partString(ScriptBlockRootNode.scope(frame), v);
        }
        return LanguagePrimitives.convertTo(v, target);
    }

    /**
     * A cast of a literal ({@code [char]'7'}, {@code [long]5}) gives the same immutable value every
     * time, so it is converted once; a conversion that fails is not kept and fails again each time.
     */
    private Object foldConstant(Object converted) {
        if (converted instanceof String || converted instanceof Number || converted instanceof Character
                || converted instanceof Boolean) {
            constant = converted;
        }
        return converted;
    }
}
