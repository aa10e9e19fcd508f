package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.GUID;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.UUID;
import java.util.regex.Pattern;

/** System.Guid on java.util.UUID: NewGuid, Empty, Parse/TryParse of the N, D, B and P forms, ToString(format). */
final class GuidMembers {
    private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

    private GuidMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.staticField("Empty", GUID, () -> new UUID(0, 0));
        b.staticMethod("NewGuid", GUID, (t, a) -> UUID.randomUUID());
        b.staticMethod("Parse", GUID, (t, a) -> parse((String) a[0]), param("input", STRING));
        b.staticMethod("TryParse", BOOLEAN, (t, a) -> {
            try {
                ((PSReference) a[1]).setValue(parse((String) a[0]));
                return true;
            } catch (DotNetException e) {
                ((PSReference) a[1]).setValue(new UUID(0, 0));
                return false;
            }
        }, param("input", STRING), param("result", PS_REFERENCE));
        b.constructor((t, a) -> parse((String) a[0]), param("g", STRING));
        // types.ps1xml's script property, $this.ToString(): (New-Guid).Guid
        b.property("Guid", STRING, t -> format((UUID) t, null));
        b.method("ToString", STRING, (t, a) -> format((UUID) t, null));
        b.method("ToString", STRING, (t, a) -> format((UUID) t, (String) a[0]), param("format", STRING));
    }

    /**
     * Guid.Parse: 32 hex digits, optionally with hyphens (D), in braces (B) or parentheses (P).
     *
     * @throws DotNetException FormatException
     */
    static UUID parse(String text) {
        if (text == null) {
            throw DotNetException.argumentNull("input");
        }
        String s = text.strip();
        if (s.length() == 38 && (s.startsWith("{") && s.endsWith("}") || s.startsWith("(") && s.endsWith(")"))) {
            s = s.substring(1, 37);
        }
        if (s.length() == 36 && s.charAt(8) == '-' && s.charAt(13) == '-' && s.charAt(18) == '-'
                && s.charAt(23) == '-') {
            s = s.replace("-", "");
        }
        if (!HEX32.matcher(s).matches()) {
            throw DotNetException.format("Unrecognized Guid format.");
        }
        return new UUID(Long.parseUnsignedLong(s.substring(0, 16), 16), Long.parseUnsignedLong(s.substring(16), 16));
    }

    /** Guid.ToString(format): D (default, hyphens), N (digits only), B (braces), P (parentheses). */
    static String format(UUID guid, String format) {
        String d = guid.toString();
        if (format == null || format.isEmpty() || format.equalsIgnoreCase("D")) {
            return d;
        } else if (format.equalsIgnoreCase("N")) {
            return d.replace("-", "");
        } else if (format.equalsIgnoreCase("B")) {
            return "{" + d + "}";
        } else if (format.equalsIgnoreCase("P")) {
            return "(" + d + ")";
        }
        throw DotNetException.format(
                "Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");
    }
}
