package org.jposh.stdlib.utility;

/** Newtonsoft.Json.StringEscapeHandling, the values of ConvertTo-Json -EscapeHandling. */
public enum JsonEscapeHandling {
    /** Control characters, quotes and backslashes only. */
    Default,
    /** Also every character above U+007F. */
    EscapeNonAscii,
    /** Also {@code < > ' & "} as hex escapes, so the text can sit inside HTML. */
    EscapeHtml
}
