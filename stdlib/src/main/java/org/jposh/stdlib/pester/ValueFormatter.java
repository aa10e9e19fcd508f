package org.jposh.stdlib.pester;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.ScriptBlock;

/** How Pester 4 shows values in its messages (Format-Nicely): {@code $null}, {@code 'text'}, {@code @(1, 2)}... */
final class ValueFormatter {
    /** Format-Collection shows this many elements at most. */
    private static final int COLLECTION_LIMIT = 10;

    private ValueFormatter() {
    }

    static String format(Object value) {
        Object base = PSObject.base(LanguagePrimitives.automationNullToNull(value));
        if (base == null) {
            return "$null";
        }
        if (base instanceof Boolean b) {
            return b ? "$true" : "$false";
        }
        if (base instanceof String s) {
            return s.isEmpty() ? "<empty>" : "'" + s + "'";
        }
        if (base instanceof DotNetType) {
            return "[" + LanguagePrimitives.toStringValue(base) + "]";
        }
        if (base instanceof ScriptBlock) {
            return "{" + base + "}";
        }
        if (base instanceof Map<?, ?> || base instanceof Number || base instanceof Character) {
            return LanguagePrimitives.toStringValue(base);
        }
        Iterable<?> elements = LanguagePrimitives.getEnumerable(base);
        if (elements != null) {
            List<String> shown = new ArrayList<>();
            for (Object element : elements) {
                if (shown.size() == COLLECTION_LIMIT) {
                    break;
                }
                shown.add(format(element));
            }
            return "@(" + String.join(", ", shown) + ")";
        }
        return LanguagePrimitives.toStringValue(value);
    }

    /** Format-Because: {@code " because <reason>,"} or nothing. */
    static String because(String because) {
        if (because == null || because.isBlank()) {
            return "";
        }
        return " because " + because.trim().replaceAll("because\\s", "") + ",";
    }
}
