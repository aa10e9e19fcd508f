package org.jposh.interpreter.runtime;

/**
 * A string key under OrdinalIgnoreCase: equal when the strings differ only in case. The hash is
 * computed once, as a lookup and the put after it both need it. Dictionaries and hash sets that ignore
 * case keep their string keys as these.
 */
final class FoldedKey {
    private final String text;
    private final int hash;

    FoldedKey(String text) {
        this.text = text;
        this.hash = foldedHash(text);
    }

    /** The key a collection looks {@code key} up by: a string folded when case is ignored, anything else as is. */
    static Object of(Object key, boolean ignoreCase) {
        return ignoreCase && key instanceof String s ? new FoldedKey(s) : key;
    }

    /** A hash equal for strings that differ only in case (StringComparer.OrdinalIgnoreCase.GetHashCode's role). */
    static int foldedHash(String text) {
        int h = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = 31 * h + (c < 128 ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
                    : Character.toLowerCase(Character.toUpperCase(c)));
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FoldedKey other && text.equalsIgnoreCase(other.text);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
