package org.jposh.stdlib.format;

/**
 * How many terminal cells text takes: East Asian wide and full-width characters take two, everything
 * else one, as pwsh's DisplayCells. Table widths, padding and truncation count cells, not chars.
 */
public final class DisplayCells {
    private DisplayCells() {
    }

    public static int length(String s) {
        return length(s, 0);
    }

    /** The cells of {@code s} from char {@code offset} on. */
    public static int length(String s, int offset) {
        int cells = 0;
        for (int i = offset; i < s.length(); ) {
            int cp = s.codePointAt(i);
            cells += cellsOf(cp);
            i += Character.charCount(cp);
        }
        return cells;
    }

    public static int cellsOf(int codePoint) {
        return isWide(codePoint) ? 2 : 1;
    }

    /** How many chars from {@code offset} fit in {@code cells} cells. */
    public static int truncateTail(String s, int offset, int cells) {
        int used = 0;
        int i = offset;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = cellsOf(cp);
            if (used + w > cells) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i - offset;
    }

    public static int truncateTail(String s, int cells) {
        return truncateTail(s, 0, cells);
    }

    /** The char index from which the tail of {@code s} fits in {@code cells} cells. */
    public static int truncateHead(String s, int cells) {
        int used = 0;
        int i = s.length();
        while (i > 0) {
            int cp = s.codePointBefore(i);
            int w = cellsOf(cp);
            if (used + w > cells) {
                break;
            }
            used += w;
            i -= Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115f
                || c == 0x2329 || c == 0x232a
                || (c >= 0x2e80 && c <= 0xa4cf && c != 0x303f)
                || (c >= 0xac00 && c <= 0xd7a3)
                || (c >= 0xf900 && c <= 0xfaff)
                || (c >= 0xfe10 && c <= 0xfe19)
                || (c >= 0xfe30 && c <= 0xfe6f)
                || (c >= 0xff00 && c <= 0xff60)
                || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f300 && c <= 0x1f64f)
                || (c >= 0x1f900 && c <= 0x1f9ff)
                || (c >= 0x20000 && c <= 0x2fffd)
                || (c >= 0x30000 && c <= 0x3fffd));
    }
}
