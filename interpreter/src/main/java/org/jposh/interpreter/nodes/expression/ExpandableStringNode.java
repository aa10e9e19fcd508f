package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code "x is $x and $($y + 1)"}: the literal text with each embedded expression's string in between.
 * Collections are joined with {@code $OFS} (a space when it is not set), as pwsh does.
 */
public final class ExpandableStringNode extends ExpressionNode {
    /** The text around the parts: {@code literals[i]} comes before {@code parts[i]}, and one more after the last. */
    @CompilationFinal(dimensions = 1) private final String[] literals;
    @Children private final ExpressionNode[] parts;

    public ExpandableStringNode(String[] literals, ExpressionNode[] parts) {
        assert literals.length == parts.length + 1;
        this.literals = literals;
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            append(text, literals[i]);
            append(text, partString(scope, parts[i].executeGeneric(frame)));
        }
        append(text, literals[parts.length]);
        return toString(text);
    }

    /**
     * A value's string as expansion and {@code [string]} casts make it: a string is itself; anything else
     * is converted, which needs $OFS only for collections.
     */
    @TruffleBoundary
    static String partString(SessionStateScope scope, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (LanguagePrimitives.getEnumerable(value) == null) {
            return LanguagePrimitives.toStringValue(value);
        }
        Object separator = scope.get("OFS");
        return LanguagePrimitives.toStringValue(value,
                separator == null ? null : LanguagePrimitives.toStringValue(separator));
    }

    @TruffleBoundary
    private static void append(StringBuilder text, String s) {
        text.append(s);
    }

    @TruffleBoundary
    private static String toString(StringBuilder text) {
        return text.toString();
    }
}
