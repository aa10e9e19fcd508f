package org.jposh.stdlib.utility;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes Newtonsoft.Json writes in strings, which pwsh's ConvertTo-Json shows: {@code \b \t \n
 * \f \r \" \\}, other control characters as lower-case hex escapes (backslash, u, 00xx), and U+0085, U+2028 and U+2029
 * always escaped (they end lines in JavaScript); the HTML mode escapes {@code < > ' & "} as
 * hex escapes instead.
 */
final class JsonCharacterEscapes extends CharacterEscapes {
    private final int[] asciiEscapes;

    JsonCharacterEscapes(JsonEscapeHandling handling) {
        asciiEscapes = standardAsciiEscapesForJSON();
        if (handling == JsonEscapeHandling.EscapeHtml) {
            for (char c : new char[] {'<', '>', '\'', '&', '"'}) {
                asciiEscapes[c] = ESCAPE_STANDARD;
            }
        }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch == 0x85 || ch == 0x2028 || ch == 0x2029) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}
