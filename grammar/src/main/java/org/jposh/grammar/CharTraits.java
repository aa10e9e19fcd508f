package org.jposh.grammar;

/**
 * How PowerShell's tokenizer classifies characters (pwsh's CharTraits): which characters end a token, start an
 * identifier or variable name, and which quotes, dashes and spaces count besides the ASCII ones.
 */
final class CharTraits {
    private static final int IDENTIFIER_START = 0x1;
    private static final int MULTIPLIER_START = 0x2;
    private static final int TYPE_SUFFIX = 0x4;
    private static final int WHITESPACE = 0x8;
    private static final int HEX_DIGIT = 0x10;
    private static final int DIGIT = 0x20;
    private static final int VAR_NAME_FIRST = 0x40;
    private static final int FORCE_START_NEW_TOKEN = 0x80;
    private static final int FORCE_START_NEW_ASSEMBLY_TOKEN = 0x100;
    private static final int FORCE_START_NEW_TOKEN_AFTER_NUMBER = 0x200;

    private static final int[] TRAITS = new int[128];

    static {
        TRAITS[0] = FORCE_START_NEW_TOKEN | FORCE_START_NEW_ASSEMBLY_TOKEN;
        for (char c : new char[]{'\t', '\u000b', '\u000c', ' '}) {
            TRAITS[c] = WHITESPACE | FORCE_START_NEW_TOKEN | FORCE_START_NEW_ASSEMBLY_TOKEN;
        }
        TRAITS['\n'] = FORCE_START_NEW_TOKEN | FORCE_START_NEW_ASSEMBLY_TOKEN;
        TRAITS['\r'] = FORCE_START_NEW_TOKEN | FORCE_START_NEW_ASSEMBLY_TOKEN;
        for (char c : "&(),;{}|".toCharArray()) {
            TRAITS[c] |= FORCE_START_NEW_TOKEN;
        }
        TRAITS[','] |= FORCE_START_NEW_ASSEMBLY_TOKEN;
        TRAITS['='] |= FORCE_START_NEW_ASSEMBLY_TOKEN;
        TRAITS[']'] |= FORCE_START_NEW_ASSEMBLY_TOKEN;
        for (char c : "!#%*+-./<=>]".toCharArray()) {
            TRAITS[c] |= FORCE_START_NEW_TOKEN_AFTER_NUMBER;
        }
        for (char c = '0'; c <= '9'; c++) {
            TRAITS[c] |= DIGIT | HEX_DIGIT | VAR_NAME_FIRST;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TRAITS[c] |= IDENTIFIER_START | VAR_NAME_FIRST;
            TRAITS[Character.toUpperCase(c)] |= IDENTIFIER_START | VAR_NAME_FIRST;
        }
        for (char c : "abcdefABCDEF".toCharArray()) {
            TRAITS[c] |= HEX_DIGIT;
        }
        for (char c : "kmgtpKMGTP".toCharArray()) {
            TRAITS[c] |= MULTIPLIER_START;
        }
        for (char c : "dlnsuyDLNSUY".toCharArray()) {
            TRAITS[c] |= TYPE_SUFFIX;
        }
        TRAITS['_'] |= IDENTIFIER_START | VAR_NAME_FIRST;
        for (char c : "$:?^".toCharArray()) {
            TRAITS[c] |= VAR_NAME_FIRST;
        }
    }

    private CharTraits() {
    }

    /** Whitespace other than newlines, including no-break space, NEL and Unicode space separators. */
    static boolean isWhitespace(char c) {
        if (c < 128) {
            return (TRAITS[c] & WHITESPACE) != 0;
        }
        if (c <= 256) {
            return c == '\u00a0' || c == '\u0085';
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** '-' or an en dash, em dash or horizontal bar, which PowerShell reads as '-'. */
    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b';
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e';
    }

    static boolean isVariableStart(char c) {
        return c < 128 ? (TRAITS[c] & VAR_NAME_FIRST) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isIdentifierStart(char c) {
        return c < 128 ? (TRAITS[c] & IDENTIFIER_START) != 0 : Character.isLetter(c);
    }

    static boolean isIdentifierFollow(char c) {
        return c < 128 ? (TRAITS[c] & (IDENTIFIER_START | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isHexDigit(char c) {
        return c < 128 && (TRAITS[c] & HEX_DIGIT) != 0;
    }

    static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isTypeSuffix(char c) {
        return c < 128 && (TRAITS[c] & TYPE_SUFFIX) != 0;
    }

    static boolean isMultiplierStart(char c) {
        return c < 128 && (TRAITS[c] & MULTIPLIER_START) != 0;
    }

    /** Ends any token that began with a letter or digit, whatever the mode: {@code a#b} is one token, {@code a{} two. */
    static boolean forceStartNewToken(char c) {
        return c < 128 ? (TRAITS[c] & FORCE_START_NEW_TOKEN) != 0 : isWhitespace(c);
    }

    /** In expression mode, also ends a number: {@code 1+2}. */
    static boolean forceStartNewTokenAfterNumber(char c, boolean endOnTernaryOperatorChars) {
        if (c < 128) {
            return (TRAITS[c] & FORCE_START_NEW_TOKEN_AFTER_NUMBER) != 0
                    || endOnTernaryOperatorChars && (c == '?' || c == ':');
        }
        return isDash(c);
    }

    static boolean forceStartNewTokenInAssemblyNameSpec(char c) {
        return c < 128 ? (TRAITS[c] & FORCE_START_NEW_ASSEMBLY_TOKEN) != 0 : isWhitespace(c);
    }
}
