package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_BUILDER;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

/**
 * System.Text.StringBuilder on Java's: Append (returns the builder, so scripts write [void] or pipe
 * to Out-Null), AppendLine ("\n" on Linux, as pwsh there), AppendFormat, Insert, Remove, Replace,
 * Clear, Length, ToString.
 */
final class StringBuilderMembers {
    private StringBuilderMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new StringBuilder());
        b.constructor((t, a) -> new StringBuilder((String) a[0]), param("value", STRING));
        b.constructor((t, a) -> new StringBuilder(Math.max(0, (Integer) a[0])), param("capacity", INT32));
        b.property("Length", INT32, s -> ((StringBuilder) s).length(), (s, v) -> ((StringBuilder) s).setLength((Integer) v));
        b.method("Append", STRING_BUILDER, (t, a) -> ((StringBuilder) t).append(
                LanguagePrimitives.dotNetToString(a[0])), param("value", OBJECT));
        b.method("AppendLine", STRING_BUILDER, (t, a) -> ((StringBuilder) t).append('\n'));
        b.method("AppendLine", STRING_BUILDER, (t, a) -> ((StringBuilder) t).append((String) a[0]).append('\n'),
                param("value", STRING));
        b.paramsMethod("AppendFormat", STRING_BUILDER, (t, a) -> ((StringBuilder) t).append(
                CompositeFormatter.format((String) a[0], (Object[]) a[1])), param("format", STRING),
                param("args", CoreTypes.OBJECT_ARRAY));
        b.method("Insert", STRING_BUILDER, (t, a) -> {
            StringBuilder sb = (StringBuilder) t;
            int index = (Integer) a[0];
            if (index < 0 || index > sb.length()) {
                throw DotNetException.argumentOutOfRange("index",
                        "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            }
            return sb.insert(index, LanguagePrimitives.dotNetToString(a[1]));
        }, param("index", INT32), param("value", OBJECT));
        b.method("Remove", STRING_BUILDER, (t, a) -> {
            StringBuilder sb = (StringBuilder) t;
            int start = (Integer) a[0];
            int length = (Integer) a[1];
            if (start < 0 || length < 0 || start + length > sb.length()) {
                throw DotNetException.argumentOutOfRange("length",
                        "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            return sb.delete(start, start + length);
        }, param("startIndex", INT32), param("length", INT32));
        b.method("Replace", STRING_BUILDER, (t, a) -> {
            StringBuilder sb = (StringBuilder) t;
            String replaced = sb.toString().replace((String) a[0], a[1] == null ? "" : (String) a[1]);
            sb.setLength(0);
            return sb.append(replaced);
        }, param("oldValue", STRING), param("newValue", STRING));
        b.method("Clear", STRING_BUILDER, (t, a) -> {
            ((StringBuilder) t).setLength(0);
            return t;
        });
        b.method("ToString", STRING, (t, a) -> t.toString());
    }
}
