package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code $PSDefaultParameterValues} (pwsh's DefaultParameterDictionary): a hashtable whose keys, compared
 * without case and trimmed, must be {@code CommandName:ParameterName} (either part may be quoted or hold
 * wildcards) or {@code Disabled}. A key of another form is refused when added, as pwsh refuses it.
 */
public final class DefaultParameterDictionary extends AbstractDictionary {
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "DefaultParameterDictionary",
            DefaultParameterDictionary.class, CoreTypes.HASHTABLE, DefaultParameterDictionary::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private static final String BAD_FORMAT = "The key '%s' does not have a valid format. For information about the "
            + "correct format, see about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266.";
    private static final String BAD_FORMATS = "The keys '%s' do not have valid formats. For information about the "
            + "correct format, see about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266.";

    /** A valid key's two parts, without quotes and surrounding white space. */
    public record Key(String commandName, String parameterName) {
    }

    public DefaultParameterDictionary() {
        super(true, false);
    }

    /**
     * A copy of {@code source} ({@code $PSDefaultParameterValues = @{...}} converts through this).
     *
     * @throws DotNetException naming every key that is not a string of the valid form
     */
    public DefaultParameterDictionary(Map<?, ?> source) {
        this();
        List<Object> badKeys = new ArrayList<>();
        for (Map.Entry<?, ?> entry : source.entrySet()) {
            if (entry.getKey() instanceof String text && (isDisabledKey(text) || parseKey(text) != null)) {
                if (badKeys.isEmpty() && !containsKey(text)) {
                    super.put(text.strip(), entry.getValue());
                }
            } else {
                badKeys.add(entry.getKey());
            }
        }
        if (!badKeys.isEmpty()) {
            StringBuilder keys = new StringBuilder();
            for (Object key : badKeys) {
                keys.append(keys.isEmpty() ? "" : ", ").append(LanguagePrimitives.toStringValue(key));
            }
            throw invalidOperation((badKeys.size() > 1 ? BAD_FORMATS : BAD_FORMAT).formatted(keys));
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new DefaultParameterDictionary((Map<?, ?>) a[0]),
                TypeAdapter.param("dictionary", CoreTypes.HASHTABLE));
        b.constructor((t, a) -> new DefaultParameterDictionary((Map<?, ?>) a[0]),
                TypeAdapter.param("dictionary", CoreTypes.ORDERED_DICTIONARY));
    }

    /** Whether the key is {@code Disabled}, the one key of another form, which turns the defaults off when true. */
    public static boolean isDisabledKey(String key) {
        return key.strip().equalsIgnoreCase("Disabled");
    }

    /** The key's command and parameter names, or null when it is not of the form {@code Command:Parameter}. */
    public static Key parseKey(String key) {
        String text = key.strip();
        if (text.isEmpty()) {
            return null;
        }
        String[] command = new String[1];
        int index = valueToken(text, 0, command, true);
        index = index < 0 ? -1 : skipWhiteSpace(text, index);
        if (index < 0 || text.charAt(index) != ':') {
            return null;
        }
        index = skipWhiteSpace(text, index + 1);
        if (index < 0) {
            return null;
        }
        String[] parameter = new String[1];
        index = valueToken(text, index, parameter, false);
        return index == text.length() ? new Key(command[0], parameter[0]) : null;
    }

    /**
     * Reads a name from {@code index}: quoted up to its closing quote, or else the command name up to the
     * colon and the parameter name to the end. Returns where reading stopped, -1 when the name is empty
     * or a quote or the colon is missing.
     */
    private static int valueToken(String key, int index, String[] name, boolean commandName) {
        char quote = isQuote(key.charAt(index)) ? key.charAt(index) : '\0';
        int i = quote != '\0' ? index + 1 : index;
        StringBuilder text = new StringBuilder();
        for (; i < key.length(); i++) {
            char c = key.charAt(i);
            if (quote != '\0') {
                if (isQuote(c) && isSingleQuote(c) == isSingleQuote(quote)) {
                    name[0] = text.toString().strip();
                    return name[0].isEmpty() ? -1 : i + 1;
                }
            } else if (commandName && c == ':') {
                name[0] = text.toString().strip();
                return name[0].isEmpty() ? -1 : i;
            }
            text.append(c);
        }
        if (!commandName && quote == '\0') {
            name[0] = text.toString().strip();
            return i;
        }
        return -1;
    }

    private static int skipWhiteSpace(String key, int index) {
        for (int i = index; i < key.length(); i++) {
            if (!Character.isWhitespace(key.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || isSingleQuote(c) || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    /** Keys are strings of the valid form, trimmed; anything else is refused. */
    @Override
    protected Object convertKey(Object key) {
        Object base = PSObject.base(key);
        if (!(base instanceof String text)) {
            throw new DotNetException("System.Management.Automation.PSArgumentException", "The key '"
                    + LanguagePrimitives.toStringValue(base) + "' of type '" + DotNetType.of(base).fullName()
                    + "' is not a string value. DefaultParameterDictionary only accepts string value keys.");
        }
        if (!isDisabledKey(text) && parseKey(text) == null) {
            throw invalidOperation(BAD_FORMAT.formatted(text));
        }
        return text.strip();
    }

    @Override
    protected DotNetException duplicateKey(Object existing, Object added) {
        return new DotNetException("System.Management.Automation.PSArgumentException",
                "The key '" + LanguagePrimitives.toStringValue(added) + "' has already been added to the dictionary.");
    }

    private static DotNetException invalidOperation(String message) {
        return new DotNetException("System.Management.Automation.PSInvalidOperationException", message);
    }

    @Override
    public Object get(Object key) {
        return super.get(trimmed(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return super.containsKey(trimmed(key));
    }

    @Override
    public Object remove(Object key) {
        return super.remove(trimmed(key));
    }

    private static Object trimmed(Object key) {
        return PSObject.base(key) instanceof String s ? s.strip() : key;
    }

    @Override
    public String toString() {
        return "System.Management.Automation.DefaultParameterDictionary";
    }
}
