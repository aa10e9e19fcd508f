package org.jposh.interpreter.host;

/**
 * One answer a host offers in {@link PSHostUserInterface#promptForChoice} (pwsh's ChoiceDescription):
 * its label, where an ampersand marks the hot key ({@code "Yes to &All"} is answered with A), and the
 * help shown for {@code ?}.
 */
public record ChoiceDescription(String label, String helpMessage) {
    /** The key after the ampersand, upper-cased; empty when the label has none. */
    public String hotKey() {
        int amp = label.indexOf('&');
        return amp >= 0 && amp + 1 < label.length()
                ? label.substring(amp + 1, amp + 2).strip().toUpperCase(java.util.Locale.ROOT) : "";
    }

    /** The label without its ampersand. */
    public String plainLabel() {
        int amp = label.indexOf('&');
        return amp < 0 ? label : (label.substring(0, amp) + label.substring(amp + 1)).strip();
    }
}
