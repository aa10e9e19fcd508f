package org.jposh.grammar;

import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ScriptSource;

/**
 * Builds the parse errors pwsh reports. An error is "incomplete input" (the REPL then asks for another line) when
 * it was detected at the end of the script, ignoring trailing whitespace and comments, as pwsh's
 * ReportIncompleteInput decides.
 */
final class Errors {
    private Errors() {
    }

    /** An error that is never incomplete input (pwsh's ReportError). */
    static ParseException error(Extent extent, String errorId, Object... args) {
        return new ParseException(new ParseError(extent, errorId, ParserStrings.format(errorId, args), false));
    }

    /** An error that is incomplete input when {@code detectedAt} is at the end of the script. */
    static ParseException incomplete(Extent extent, int detectedAt, String errorId, Object... args) {
        boolean atEnd = isAtEndOfScript(extent.source(), detectedAt);
        return new ParseException(new ParseError(extent, errorId, ParserStrings.format(errorId, args), atEnd));
    }

    /** Whether only whitespace and comments follow {@code offset}. */
    static boolean isAtEndOfScript(ScriptSource source, int offset) {
        String text = source.text();
        int i = offset;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
                int close = text.indexOf("#>", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else if (c == '\n' || c == '\r' || CharTraits.isWhitespace(c)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }
}
