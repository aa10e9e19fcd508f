package org.jposh.stdlib.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting and wrapping of cell text, as pwsh's StringManipulationHelper: lines split at {@code \n}
 * ({@code \r} dropped), wrapped at word boundaries (space, tab, soft hyphen) and, for words longer than
 * a line, between characters. Help's layout wraps its lines with it too.
 */
public final class TextLines {
    static final char ELLIPSIS = '\u2026';
    private static final char SOFT_HYPHEN = '\u00ad';
    private static final char HARD_HYPHEN = '\u2011';
    private static final char NO_BREAK_SPACE = '\u00a0';

    private TextLines() {
    }

    static List<String> split(String s) {
        List<String> lines = new ArrayList<>();
        if (s == null || s.indexOf('\n') < 0) {
            lines.add(s == null ? null : s.replace("\r", ""));
            return lines;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                lines.add(sb.toString());
                sb.setLength(0);
            } else if (c != '\r') {
                sb.append(c);
            }
        }
        lines.add(sb.toString());
        return lines;
    }

    /** The first line of {@code s}, with an ellipsis when more lines follow (a table cell without -Wrap). */
    static String truncateAtNewLine(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int lineBreak = indexOfLineBreak(s);
        return lineBreak < 0 ? s : s.substring(0, lineBreak) + ELLIPSIS;
    }

    private static int indexOfLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Wraps {@code value} into lines of {@code firstLineCells}, then {@code followingLinesCells} cells. */
    public static List<String> wrap(String value, int firstLineCells, int followingLinesCells) {
        List<String> result = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            result.add(value);
            return result;
        }
        for (String line : split(value)) {
            if (DisplayCells.length(line) <= firstLineCells) {
                result.add(line);
            } else {
                wrapLine(line, firstLineCells, followingLinesCells, result);
            }
        }
        return result;
    }

    private static void wrapLine(String line, int firstLineCells, int followingLinesCells, List<String> result) {
        int spacesLeft = firstLineCells;
        int lineWidth = firstLineCells;
        boolean firstLine = true;
        StringBuilder current = new StringBuilder();
        List<String[]> words = words(line);
        for (String[] wordAndDelimiter : words) {
            String word = wordAndDelimiter[0];
            String delimiter = wordAndDelimiter[1];
            if (delimiter.equals(String.valueOf(SOFT_HYPHEN))) {
                if (DisplayCells.length(word) + 1 == spacesLeft) {
                    word += "-";
                }
            } else {
                word += delimiter;
            }
            int wordWidth = DisplayCells.length(word);
            if (lineWidth == 0) {
                if (firstLine) {
                    firstLine = false;
                    lineWidth = followingLinesCells;
                }
                if (lineWidth == 0) {
                    break;
                }
                spacesLeft = lineWidth;
            }
            if (wordWidth > lineWidth) {
                for (int i = 0; i < word.length(); ) {
                    int cp = word.codePointAt(i);
                    i += Character.charCount(cp);
                    int charWidth = DisplayCells.cellsOf(cp);
                    if (charWidth > lineWidth) {
                        cp = '?';
                        charWidth = 1;
                    }
                    if (charWidth > spacesLeft) {
                        result.add(current.toString());
                        current.setLength(0);
                        current.appendCodePoint(cp);
                        if (firstLine) {
                            firstLine = false;
                            lineWidth = followingLinesCells;
                        }
                        spacesLeft = lineWidth - charWidth;
                    } else {
                        current.appendCodePoint(cp);
                        spacesLeft -= charWidth;
                    }
                }
            } else if (wordWidth > spacesLeft) {
                result.add(current.toString());
                current.setLength(0);
                current.append(word);
                if (firstLine) {
                    firstLine = false;
                    lineWidth = followingLinesCells;
                }
                spacesLeft = lineWidth - wordWidth;
            } else {
                current.append(word);
                spacesLeft -= wordWidth;
            }
        }
        result.add(current.toString());
    }

    /** Words with the delimiter that ended each ("" for hard hyphens, no-break spaces and the last word). */
    private static List<String[]> words(String s) {
        List<String[]> words = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == SOFT_HYPHEN) {
                words.add(new String[] {sb.toString(), String.valueOf(c)});
                sb.setLength(0);
            } else if (c == HARD_HYPHEN || c == NO_BREAK_SPACE) {
                words.add(new String[] {sb.toString(), ""});
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        words.add(new String[] {sb.toString(), ""});
        return words;
    }
}
