package org.jposh.stdlib.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the web cmdlets make of content types and bodies, as pwsh's ContentHelper and StreamHelper: which
 * media types are JSON, XML or text, the character set a body is decoded with (the Content-Type's charset,
 * else a {@code <meta charset>} or XML declaration near the start, else UTF-8), and the ErrorDetails text
 * of a failed request (JSON re-indented, anything else with its tags removed).
 */
final class ContentHelper {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s.*[^.><]*charset\\s*=\\s*[\"'\\n]?(?<charset>[A-Za-z].[^\\s\"'\\n<>]*)[\\s\"'\\n>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "<\\?xml\\s.*[^.><]*encoding\\s*=\\s*[\"'\\n]?(?<charset>[A-Za-z].[^\\s\"'\\n<>]*)[\\s\"'\\n>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private ContentHelper() {
    }

    /** The media type of a Content-Type header value ({@code application/json}), or null. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return media.isEmpty() ? null : media;
    }

    /** The charset parameter of a Content-Type header value, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).strip();
                return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    static boolean isJson(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String m = mediaType.toLowerCase(Locale.ROOT);
        return m.equals("application/json") || m.equals("text/json") || m.equals("application/x-javascript")
                || m.equals("text/x-javascript") || m.equals("application/javascript") || m.equals("text/javascript");
    }

    static boolean isXml(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String m = mediaType.toLowerCase(Locale.ROOT);
        return m.equals("application/xml") || m.equals("application/xml-external-parsed-entity")
                || m.equals("application/xml-dtd") || m.endsWith("+xml");
    }

    /** Text types: {@code text/*}, XML and JSON (pwsh on Windows also asks the registry; Unix does not). */
    static boolean isText(String mediaType) {
        return mediaType != null && (mediaType.toLowerCase(Locale.ROOT).startsWith("text/") || isXml(mediaType)
                || isJson(mediaType));
    }

    /**
     * The body as text: in the charset the Content-Type names; without one, UTF-8 unless a {@code <meta>}
     * charset or an XML declaration's encoding in the first 1024 characters names another.
     */
    static String decode(byte[] body, String charsetName) {
        Charset named = charsetOf(charsetName);
        if (named != null) {
            return new String(body, named);
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String start = text.substring(0, Math.min(text.length(), 1024));
        Matcher m = META_CHARSET.matcher(start);
        if (!m.find()) {
            m = XML_ENCODING.matcher(start);
            if (!m.find()) {
                return text;
            }
        }
        Charset declared = charsetOf(m.group("charset"));
        return declared == null ? text : new String(body, declared);
    }

    private static Charset charsetOf(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The ErrorDetails message of a response that is not a success (pwsh's FormatErrorMessage): JSON on a new
     * line, indented as System.Text.Json writes it; other text with its tags removed. (pwsh also re-indents
     * XML; JPosh gives XML the tag-stripped form pwsh falls back to.)
     */
    static String errorMessage(String body, String mediaType) {
        if (isJson(mediaType)) {
            String indented = indentJson(body);
            if (indented != null) {
                return "\n" + indented;
            }
        }
        return TAG.matcher(body).replaceAll("");
    }

    /** JSON text as System.Text.Json's indented writer puts it, or null when it is not JSON. */
    private static String indentJson(String json) {
        StringBuilder out = new StringBuilder();
        try (JsonParser parser = JSON.createParser(json)) {
            int depth = 0;
            JsonToken previous = null;
            for (JsonToken t = parser.nextToken(); t != null; previous = t, t = parser.nextToken()) {
                boolean afterStart = previous == JsonToken.START_OBJECT || previous == JsonToken.START_ARRAY;
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    if (!afterStart) {
                        newLine(out, depth);
                    }
                    out.append(t == JsonToken.END_OBJECT ? '}' : ']');
                    continue;
                }
                if (previous != null && previous != JsonToken.FIELD_NAME) {
                    if (!afterStart) {
                        out.append(',');
                    }
                    newLine(out, depth);
                }
                switch (t) {
                    case START_OBJECT -> {
                        out.append('{');
                        depth++;
                    }
                    case START_ARRAY -> {
                        out.append('[');
                        depth++;
                    }
                    case FIELD_NAME -> {
                        appendString(out, parser.currentName());
                        out.append(": ");
                    }
                    case VALUE_STRING -> appendString(out, parser.getText());
                    default -> out.append(parser.getText());
                }
            }
            return depth == 0 ? out.toString() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void newLine(StringBuilder out, int depth) {
        out.append('\n').append("  ".repeat(Math.max(depth, 0)));
    }

    /** A JSON string with System.Text.Json's default escaping (HTML-sensitive and non-ASCII characters as \\uXXXX). */
    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7E || "\"&'+<>`".indexOf(c) >= 0) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** pwsh's Utils.DisplayHumanReadableFileSize, the sizes progress records show. */
    static String humanReadableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " Bytes";
        } else if (bytes < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        } else if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
        return String.format(Locale.ROOT, "%.3f GB", bytes / 1073741824.0);
    }
}
