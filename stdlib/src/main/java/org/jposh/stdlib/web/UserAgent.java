package org.jposh.stdlib.web;

import java.util.Locale;
import org.jposh.interpreter.runtime.AutomaticVariables;

/**
 * The User-Agent the web cmdlets send unless told otherwise: pwsh's form ({@code Mozilla/5.0 (Linux; OS;
 * culture) PowerShell/7.4.6}), the PowerShell version being the one JPosh reports in $PSVersionTable, followed
 * by {@code JPosh} so servers can tell the two apart.
 */
final class UserAgent {
    static final String DEFAULT = "Mozilla/5.0 (" + platform() + "; " + System.getProperty("os.name") + " "
            + System.getProperty("os.version") + "; " + Locale.getDefault().toLanguageTag() + ") PowerShell/"
            + AutomaticVariables.PS_VERSION + " JPosh";

    private UserAgent() {
    }

    /**
     * Whether a User-Agent is what .NET's ProductInfoHeaderParser accepts: products ({@code name} or
     * {@code name/version}, tokens) and comments (in parentheses, which nest, with backslash escapes), separated
     * by white space.
     */
    static boolean isValid(String value) {
        int i = skipSpaces(value, 0);
        while (i < value.length()) {
            int end = value.charAt(i) == '(' ? commentEnd(value, i) : productEnd(value, i);
            if (end < 0) {
                return false;
            }
            int next = skipSpaces(value, end);
            if (next == end && next < value.length()) {
                return false;
            }
            i = next;
        }
        return true;
    }

    /** The index after a product starting at {@code start}, or -1. */
    private static int productEnd(String value, int start) {
        int end = tokenEnd(value, start);
        if (end == start) {
            return -1;
        }
        int slash = skipSpaces(value, end);
        if (slash < value.length() && value.charAt(slash) == '/') {
            int version = skipSpaces(value, slash + 1);
            end = tokenEnd(value, version);
            return end == version ? -1 : end;
        }
        return end;
    }

    /** The index after the comment opening at {@code start}, or -1 when it does not close. */
    private static int commentEnd(String value, int start) {
        int depth = 0;
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int tokenEnd(String value, int start) {
        int i = start;
        while (i < value.length() && HttpHeaderNames.isTokenChar(value.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String value, int start) {
        int i = start;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "");
        return os.startsWith("Windows") ? "Windows NT" : os.startsWith("Mac") ? "Macintosh" : "Linux";
    }
}
