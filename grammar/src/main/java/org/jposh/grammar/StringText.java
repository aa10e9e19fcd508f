package org.jposh.grammar;

/** The value of string tokens: quotes removed, escapes applied. */
final class StringText {
    private StringText() {
    }

    /** {@code 'it''s'} is {@code it's}: a doubled quote is the only escape. */
    static String singleQuoted(String token) {
        return token.substring(1, token.length() - 1).replace("''", "'");
    }

    /** Backtick escapes as PowerShell defines them, and a doubled quote for one quote. */
    static String doubleQuoted(String token) {
        String body = token.substring(1, token.length() - 1);
        StringBuilder sb = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '`' && i + 1 < body.length()) {
                sb.append(escape(body.charAt(++i)));
            } else if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                sb.append('"');
                i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static char escape(char c) {
        return switch (c) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'e' -> '\u001b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000b';
            default -> c;
        };
    }
}
