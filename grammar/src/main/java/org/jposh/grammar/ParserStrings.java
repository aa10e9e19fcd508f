package org.jposh.grammar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Parse error messages, worded as in PowerShell's ParserStrings resources and looked up by error id. They are
 * loaded on the first error only, so parsing a correct script costs nothing here.
 */
final class ParserStrings {
    private static Properties messages;

    private ParserStrings() {
    }

    /** The message for {@code errorId} with {@code {0}}, {@code {1}}... replaced by the arguments. */
    static synchronized String format(String errorId, Object... args) {
        if (messages == null) {
            messages = load();
        }
        String message = messages.getProperty(errorId);
        if (message == null) {
            throw new IllegalArgumentException("no parser message " + errorId);
        }
        return compositeFormat(message, args);
    }

    /** .NET's String.Format, as pwsh applies it to every message: {@code {n}} arguments, {@code {{ }}} escapes. */
    static String compositeFormat(String format, Object... args) {
        StringBuilder sb = new StringBuilder(format.length() + 16);
        int i = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < format.length() && format.charAt(i + 1) == c) {
                sb.append(c);
                i += 2;
                continue;
            }
            if (c == '{') {
                int close = format.indexOf('}', i);
                if (close > i) {
                    String spec = format.substring(i + 1, close);
                    int end = 0;
                    while (end < spec.length() && Character.isDigit(spec.charAt(end))) {
                        end++;
                    }
                    if (end > 0) {
                        int index = Integer.parseInt(spec.substring(0, end));
                        sb.append(index < args.length ? String.valueOf(args[index]) : "");
                        i = close + 1;
                        continue;
                    }
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ParserStrings.class.getResourceAsStream("ParserStrings.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
