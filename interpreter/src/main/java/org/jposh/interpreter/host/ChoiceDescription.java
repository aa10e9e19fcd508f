package org.jposh.interpreter.host;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.Host.ChoiceDescription: one choice of $Host.UI.PromptForChoice, a label
 * whose letter after {@code &} is its hot key ({@code "&Yes"}) and a help message. A string converts to
 * one through its constructor, so {@code [ChoiceDescription[]]('&Yes', '&No')} works as in pwsh.
 */
public final class ChoiceDescription implements DotNetTyped {
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Host", "ChoiceDescription",
            ChoiceDescription.class, ChoiceDescription::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private final String label;
    private String helpMessage = "";

    public ChoiceDescription(String label, String helpMessage) {
        if (label == null || label.isEmpty()) {
            throw new DotNetException("System.Management.Automation.PSArgumentException",
                    "Cannot process argument because the value of argument \"label\" is null or empty.");
        }
        this.label = label;
        this.helpMessage = helpMessage == null ? "" : helpMessage;
    }

    public String label() {
        return label;
    }

    public String helpMessage() {
        return helpMessage;
    }

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

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Label", CoreTypes.STRING, c -> ((ChoiceDescription) c).label);
        b.property("HelpMessage", CoreTypes.STRING, c -> ((ChoiceDescription) c).helpMessage,
                (c, v) -> ((ChoiceDescription) c).helpMessage = v == null ? "" : LanguagePrimitives.toStringValue(v));
        b.constructor((t, a) -> new ChoiceDescription(text(a[0]), ""), TypeAdapter.param("label", CoreTypes.STRING));
        b.constructor((t, a) -> new ChoiceDescription(text(a[0]), text(a[1])),
                TypeAdapter.param("label", CoreTypes.STRING), TypeAdapter.param("helpMessage", CoreTypes.STRING));
    }

    private static String text(Object value) {
        return value == null ? null : LanguagePrimitives.toStringValue(value);
    }
}
