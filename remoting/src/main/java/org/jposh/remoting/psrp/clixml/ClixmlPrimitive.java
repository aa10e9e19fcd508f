package org.jposh.remoting.psrp.clixml;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The primitive CLIXML elements, the Java type each maps to, and their text forms.
 *
 * <table>
 *   <caption>Elements and Java types</caption>
 *   <tr><td>S</td><td>String</td></tr>
 *   <tr><td>C</td><td>Character (written as its UInt16 number)</td></tr>
 *   <tr><td>B</td><td>Boolean</td></tr>
 *   <tr><td>DT</td><td>Instant (UTC), OffsetDateTime (local with offset), LocalDateTime (unspecified)</td></tr>
 *   <tr><td>TS</td><td>java.time.Duration</td></tr>
 *   <tr><td>By, U16, U32, U64</td><td>{@link PsUnsigned}</td></tr>
 *   <tr><td>SB, I16, I32, I64</td><td>Byte, Short, Integer, Long</td></tr>
 *   <tr><td>Sg, Db, D</td><td>Float, Double, BigDecimal</td></tr>
 *   <tr><td>G, URI, Version, BA</td><td>UUID, java.net.URI, {@link PsVersion}, byte[]</td></tr>
 *   <tr><td>SS, XD, SBK</td><td>{@link PsSecureString}, {@link PsXmlDocument}, {@link PsScriptBlock}</td></tr>
 * </table>
 *
 * {@code Nil} is null and is handled by the reader and writer, like the complex elements.
 */
enum ClixmlPrimitive {
    STRING("S", "System.String", true) {
        @Override
        Object parse(String text) {
            return ClixmlEscaping.decode(text);
        }

        @Override
        String format(Object value) {
            return ClixmlEscaping.encode((String) value);
        }
    },
    CHAR("C", "System.Char", false) {
        @Override
        Object parse(String text) {
            int code = Integer.parseInt(text.trim());
            if (code < 0 || code > 0xFFFF) {
                throw new NumberFormatException(text);
            }
            return (char) code;
        }

        @Override
        String format(Object value) {
            return Integer.toString((Character) value);
        }
    },
    BOOLEAN("B", "System.Boolean", false) {
        @Override
        Object parse(String text) {
            switch (text.trim()) {
                case "true", "1" -> {
                    return Boolean.TRUE;
                }
                case "false", "0" -> {
                    return Boolean.FALSE;
                }
                default -> throw new IllegalArgumentException(text);
            }
        }

        @Override
        String format(Object value) {
            return value.toString();
        }
    },
    DATE_TIME("DT", "System.DateTime", false) {
        @Override
        Object parse(String text) {
            return ClixmlFormats.parseDateTime(text);
        }

        @Override
        String format(Object value) {
            return ClixmlFormats.formatDateTime((Temporal) value);
        }
    },
    DURATION("TS", "System.TimeSpan", false) {
        @Override
        Object parse(String text) {
            return ClixmlFormats.parseDuration(text);
        }

        @Override
        String format(Object value) {
            return ClixmlFormats.formatDuration((Duration) value);
        }
    },
    UINT8("By", "System.Byte", false) {
        @Override
        Object parse(String text) {
            return new PsUnsigned(8, Long.parseLong(text.trim()));
        }
    },
    UINT16("U16", "System.UInt16", false) {
        @Override
        Object parse(String text) {
            return new PsUnsigned(16, Long.parseLong(text.trim()));
        }
    },
    UINT32("U32", "System.UInt32", false) {
        @Override
        Object parse(String text) {
            return new PsUnsigned(32, Long.parseLong(text.trim()));
        }
    },
    UINT64("U64", "System.UInt64", false) {
        @Override
        Object parse(String text) {
            return new PsUnsigned(64, Long.parseUnsignedLong(text.trim()));
        }
    },
    INT8("SB", "System.SByte", false) {
        @Override
        Object parse(String text) {
            return Byte.parseByte(text.trim());
        }
    },
    INT16("I16", "System.Int16", false) {
        @Override
        Object parse(String text) {
            return Short.parseShort(text.trim());
        }
    },
    INT32("I32", "System.Int32", false) {
        @Override
        Object parse(String text) {
            return Integer.parseInt(text.trim());
        }
    },
    INT64("I64", "System.Int64", false) {
        @Override
        Object parse(String text) {
            return Long.parseLong(text.trim());
        }
    },
    FLOAT("Sg", "System.Single", false) {
        @Override
        Object parse(String text) {
            return (float) ClixmlFormats.parseDouble(text);
        }

        @Override
        String format(Object value) {
            return ClixmlFormats.formatFloat((Float) value);
        }
    },
    DOUBLE("Db", "System.Double", false) {
        @Override
        Object parse(String text) {
            return ClixmlFormats.parseDouble(text);
        }

        @Override
        String format(Object value) {
            return ClixmlFormats.formatDouble((Double) value);
        }
    },
    DECIMAL("D", "System.Decimal", false) {
        @Override
        Object parse(String text) {
            return new BigDecimal(text.trim());
        }

        @Override
        String format(Object value) {
            return ((BigDecimal) value).toPlainString();
        }
    },
    GUID("G", "System.Guid", false) {
        @Override
        Object parse(String text) {
            String t = text.trim();
            if (t.length() == 38 && t.charAt(0) == '{' && t.charAt(37) == '}') {
                t = t.substring(1, 37);
            }
            if (t.length() != 36) {
                throw new IllegalArgumentException(text);
            }
            return UUID.fromString(t);
        }
    },
    URI_VALUE("URI", "System.Uri", true) {
        @Override
        Object parse(String text) {
            try {
                return new URI(ClixmlEscaping.decode(text));
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        @Override
        String format(Object value) {
            return ClixmlEscaping.encode(value.toString());
        }
    },
    VERSION("Version", "System.Version", false) {
        @Override
        Object parse(String text) {
            return PsVersion.parse(text);
        }
    },
    BYTES("BA", "System.Byte[]", false) {
        @Override
        Object parse(String text) {
            return Base64.getDecoder().decode(text.replaceAll("\\s", ""));
        }

        @Override
        String format(Object value) {
            return Base64.getEncoder().encodeToString((byte[]) value);
        }
    },
    SECURE_STRING("SS", "System.Security.SecureString", false) {
        @Override
        Object parse(String text) {
            return new PsSecureString(text);
        }

        @Override
        String format(Object value) {
            return ((PsSecureString) value).encrypted();
        }
    },
    XML_DOCUMENT("XD", "System.Xml.XmlDocument", true) {
        @Override
        Object parse(String text) {
            return new PsXmlDocument(ClixmlEscaping.decode(text));
        }

        @Override
        String format(Object value) {
            return ClixmlEscaping.encode(((PsXmlDocument) value).xml());
        }
    },
    SCRIPT_BLOCK("SBK", "System.Management.Automation.ScriptBlock", true) {
        @Override
        Object parse(String text) {
            return new PsScriptBlock(ClixmlEscaping.decode(text));
        }

        @Override
        String format(Object value) {
            return ClixmlEscaping.encode(((PsScriptBlock) value).text());
        }
    };

    private static final Map<String, ClixmlPrimitive> BY_TAG = new HashMap<>();

    static {
        for (ClixmlPrimitive p : values()) {
            BY_TAG.put(p.tag, p);
        }
    }

    private final String tag;
    private final String typeName;
    private final boolean escaped;

    ClixmlPrimitive(String tag, String typeName, boolean escaped) {
        this.tag = tag;
        this.typeName = typeName;
        this.escaped = escaped;
    }

    String tag() {
        return tag;
    }

    /** The .NET type the element holds, which pwsh names when the element's text does not fit it. */
    String typeName() {
        return typeName;
    }

    /** Whether the text is {@code _xHHHH_}-escaped (strings); other primitives are written raw. */
    boolean escaped() {
        return escaped;
    }

    /** Parses the element's text; throws an unchecked exception when the text does not fit the type. */
    abstract Object parse(String text);

    /** The element's text for a value of this primitive's Java type. */
    String format(Object value) {
        return value.toString();
    }

    static ClixmlPrimitive forTag(String tag) {
        return BY_TAG.get(tag);
    }

    /** The primitive for a Java value, or null when the value is not a primitive of the model. */
    static ClixmlPrimitive forValue(Object value) {
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Integer) {
            return INT32;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Long) {
            return INT64;
        }
        if (value instanceof PsVersion) {
            return VERSION;
        }
        if (value instanceof Double) {
            return DOUBLE;
        }
        if (value instanceof Character) {
            return CHAR;
        }
        if (value instanceof PsUnsigned u) {
            return switch (u.bits()) {
                case 8 -> UINT8;
                case 16 -> UINT16;
                case 32 -> UINT32;
                default -> UINT64;
            };
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof LocalDateTime) {
            return DATE_TIME;
        }
        if (value instanceof Duration) {
            return DURATION;
        }
        if (value instanceof Byte) {
            return INT8;
        }
        if (value instanceof Short) {
            return INT16;
        }
        if (value instanceof Float) {
            return FLOAT;
        }
        if (value instanceof BigDecimal) {
            return DECIMAL;
        }
        if (value instanceof UUID) {
            return GUID;
        }
        if (value instanceof URI) {
            return URI_VALUE;
        }
        if (value instanceof byte[]) {
            return BYTES;
        }
        if (value instanceof PsSecureString) {
            return SECURE_STRING;
        }
        if (value instanceof PsXmlDocument) {
            return XML_DOCUMENT;
        }
        if (value instanceof PsScriptBlock) {
            return SCRIPT_BLOCK;
        }
        return null;
    }
}
