package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The {@code -f} operator: .NET composite formatting of the right operand's values. */
public final class FormatOperator {
    private FormatOperator() {
    }

    /**
     * {@code format -f args}: an {@code object[]} right operand supplies the arguments, anything else
     * (typed arrays and lists included) is the single argument {0}.
     *
     * @throws PSRuntimeException FormatError ({@code Error formatting a string: ...}) on a malformed format
     */
    @TruffleBoundary
    public static String format(Object format, Object args) {
        String formatString = LanguagePrimitives.toStringValue(format);
        Object base = PSObject.base(args);
        Object[] arguments = base != null && base.getClass() == Object[].class ? (Object[]) base : new Object[] {args};
        try {
            return CompositeFormatter.format(formatString, arguments);
        } catch (DotNetException e) {
            throw new PSRuntimeException("FormatError", ErrorCategory.InvalidOperation,
                    "Error formatting a string: " + e.getMessage() + ".").withTargetObject(formatString);
        }
    }
}
