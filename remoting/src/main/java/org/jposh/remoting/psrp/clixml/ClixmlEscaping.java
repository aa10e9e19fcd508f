package org.jposh.remoting.psrp.clixml;

/**
 * The {@code _xHHHH_} escaping PowerShell applies to strings and property names, so that characters
 * XML cannot hold survive: control characters (U+0000-U+001F, U+007F-U+009F), surrogates (each
 * half on its own) and an underscore followed by {@code x} or {@code X} (which would otherwise read
 * as the start of an escape). Decoding follows .NET's XmlConvert.DecodeName: {@code _xHHHH_} and
 * {@code _xHHHHHHHH_} with hexadecimal digits in either case; anything else stays as it is.
 */
public final class ClixmlEscaping {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ClixmlEscaping() {
    }

    public static String encode(String s) {
        int first = firstEncodable(s);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        sb.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (needsEscape(s, i)) {
                sb.append("_x").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]).append('_');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstEncodable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (needsEscape(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(String s, int i) {
        char c = s.charAt(i);
        return c <= 0x1F
                || c >= 0x7F && c <= 0x9F
                || Character.isSurrogate(c)
                || c == '_' && i + 1 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X');
    }

    public static String decode(String s) {
        int start = s.indexOf("_x");
        if (start < 0) {
            start = s.indexOf("_X");
            if (start < 0) {
                return s;
            }
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '_' && i + 1 < s.length() && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                int code = hexRun(s, i + 2, 8);
                if (code >= 0 && i + 10 < s.length() && s.charAt(i + 10) == '_') {
                    sb.appendCodePoint(code);
                    i += 11;
                    continue;
                }
                code = hexRun(s, i + 2, 4);
                if (code >= 0 && i + 6 < s.length() && s.charAt(i + 6) == '_') {
                    sb.append((char) code);
                    i += 7;
                    continue;
                }
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** The value of {@code count} hexadecimal digits at {@code from}, or -1 (also for code points beyond Unicode). */
    private static int hexRun(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < from + count; i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            value = value << 4 | d;
        }
        return value > Character.MAX_CODE_POINT ? -1 : (int) value;
    }
}
