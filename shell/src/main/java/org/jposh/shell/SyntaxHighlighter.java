package org.jposh.shell;

import java.util.List;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ScriptTokens;
import org.jposh.grammar.ast.ScriptSource;

/**
 * Colours the line being typed as PSReadLine does with its default palette, from the parser's own
 * tokens ({@link ScriptTokens}); where the text does not parse (other than by ending too early),
 * the erroneous part is red.
 */
final class SyntaxHighlighter implements Highlighter {
    private static final String RESET = "\u001b[0m";
    private static final String ERROR = "\u001b[91m";

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return AttributedString.fromAnsi(ansi(buffer));
    }

    /** The buffer with PSReadLine's escape sequences around each token and the parse error. */
    static String ansi(String buffer) {
        int[] error = errorRange(buffer);
        List<ScriptTokens.Span> spans = ScriptTokens.of(buffer);
        StringBuilder out = new StringBuilder(buffer.length() * 2);
        int spanIndex = 0;
        String current = null;
        for (int i = 0; i < buffer.length(); i++) {
            while (spanIndex < spans.size() && spans.get(spanIndex).end() <= i) {
                spanIndex++;
            }
            String style = null;
            if (error != null && i >= error[0] && i < error[1]) {
                style = ERROR;
            } else if (spanIndex < spans.size() && spans.get(spanIndex).start() <= i) {
                style = color(spans.get(spanIndex).kind());
            }
            if (style != current) {
                out.append(style == null ? RESET : style);
                current = style;
            }
            out.append(buffer.charAt(i));
        }
        if (current != null) {
            out.append(RESET);
        }
        return out.toString();
    }

    /** PSReadLine's default colours (Set-PSReadLineOption -Colors). */
    private static String color(ScriptTokens.Kind kind) {
        return switch (kind) {
            case COMMAND -> "\u001b[93m";
            case PARAMETER, OPERATOR -> "\u001b[90m";
            case STRING -> "\u001b[36m";
            case VARIABLE, KEYWORD -> "\u001b[92m";
            case NUMBER -> "\u001b[97m";
            case COMMENT -> "\u001b[32m";
            case TYPE, MEMBER -> "\u001b[37m";
        };
    }

    /** The offsets [start, end) of the parse error, at least one character; null when the text parses or is only incomplete. */
    private static int[] errorRange(String buffer) {
        try {
            ScriptParser.parse(new ScriptSource(null, buffer));
            return null;
        } catch (ParseException e) {
            if (e.error().incompleteInput()) {
                return null;
            }
            int start = Math.min(e.error().extent().startOffset(), Math.max(0, buffer.length() - 1));
            int end = Math.max(e.error().extent().endOffset(), start + 1);
            return new int[] {start, end};
        }
    }
}
