package org.jposh.grammar.ast;

/**
 * Fits a source line and its {@code ~~~} marker into the 69 columns PowerShell allows in a position
 * message, cutting the line around the marked part and adding ellipses where it cut.
 */
final class PositionLine {
    private static final int MAX_LINE_LENGTH = 69;

    private PositionLine() {
    }

    static String fit(String sourceLine, int before, int length) {
        boolean prefixDots = false;
        boolean suffixDots = false;
        if (sourceLine.length() > MAX_LINE_LENGTH) {
            int totalPrefix = before;
            int prefix = Math.min(totalPrefix, 12);
            int totalSuffix = sourceLine.length() - length - before;
            int suffix = Math.min(totalSuffix, 8);
            int candidate = prefix + length + suffix;
            if (candidate >= MAX_LINE_LENGTH) {
                if (prefix + length >= MAX_LINE_LENGTH) {
                    length = MAX_LINE_LENGTH - prefix;
                }
                suffixDots = true;
            } else {
                int prefixAvailable = totalPrefix - prefix;
                if (prefixAvailable > 0) {
                    prefix += Math.min(prefixAvailable, MAX_LINE_LENGTH - candidate);
                    candidate = prefix + length + suffix;
                }
                if (candidate < MAX_LINE_LENGTH && totalSuffix > 0) {
                    suffix += Math.min(totalSuffix, MAX_LINE_LENGTH - candidate);
                }
                suffixDots = suffix < totalSuffix;
            }
            prefixDots = prefix < totalPrefix;
            int start = Math.max(before - prefix, 0);
            sourceLine = sourceLine.substring(start, start + MAX_LINE_LENGTH);
            before = Math.min(before, prefix);
            length = Math.min(length, MAX_LINE_LENGTH - before);
        }
        StringBuilder sb = new StringBuilder();
        if (prefixDots) {
            sb.append("\u2026 ");
        }
        sb.append(sourceLine);
        if (suffixDots) {
            sb.append(" \u2026");
        }
        sb.append("\n+ ").append(" ".repeat(before + (prefixDots ? 2 : 0)));
        sb.append("~".repeat(Math.max(length, 1)));
        return sb.toString();
    }
}
