package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;

/** {@code -is -isnot -as}: the right operand is a type literal's type or a type name string. */
public final class TypeOperators {
    private TypeOperators() {
    }

    /**
     * {@code value -is type}: PSObjects are {@code [psobject]}; otherwise the base object's type decides.
     *
     * @throws PSRuntimeException IsOperatorRequiresType when the right operand is not a type
     */
    @TruffleBoundary
    public static boolean is(Object value, Object type) {
        DotNetType t = toType(type, "IsOperatorRequiresType", "-is");
        if (t == CoreTypes.PS_OBJECT && value instanceof PSObject) {
            return true;
        }
        return t.isInstance(PSObject.base(value));
    }

    @TruffleBoundary
    public static boolean isNot(Object value, Object type) {
        return !is(value, type);
    }

    /**
     * {@code value -as type}: the converted value, or $null when it does not convert.
     *
     * @throws PSRuntimeException AsOperatorRequiresType when the right operand is not a type
     */
    @TruffleBoundary
    public static Object as(Object value, Object type) {
        DotNetType t = toType(type, "AsOperatorRequiresType", "-as");
        try {
            return LanguagePrimitives.convertTo(value, t);
        } catch (PSRuntimeException | DotNetException e) {
            return null;
        }
    }

    private static DotNetType toType(Object operand, String errorId, String operator) {
        Object base = PSObject.base(operand);
        if (base instanceof DotNetType t) {
            return t;
        }
        DotNetType resolved = base instanceof String s ? TypeResolver.tryResolve(s, List.of()) : null;
        if (resolved == null) {
            if (base instanceof String s) {
                // pwsh reports the failed conversion of the operand as the operator's RuntimeException
                throw new PSRuntimeException("RuntimeException", ErrorCategory.InvalidArgument, "Cannot convert the \""
                        + s + "\" value of type \"System.String\" to type \"System.Type\".");
            }
            throw new PSRuntimeException(errorId, ErrorCategory.InvalidOperation,
                    "The right operand of '" + operator + "' must be a type.");
        }
        return resolved;
    }
}
