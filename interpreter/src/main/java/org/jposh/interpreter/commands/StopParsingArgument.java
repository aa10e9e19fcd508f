package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text after {@code --%} on a command line, taken verbatim: external programs get it split into
 * arguments at blanks, with {@code %NAME%} replaced by environment variables as pwsh does; any other
 * command gets it as one string.
 */
public record StopParsingArgument(String text) {
    private static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("%([^%]+)%");

    /** The arguments the text stands for, given the session's environment variables. */
    public List<String> split(Function<String, String> environment) {
        Matcher m = ENVIRONMENT_VARIABLE.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            String value = environment.apply(m.group(1));
            m.appendReplacement(expanded, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(expanded);
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < expanded.length(); i++) {
            char c = expanded.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    @Override
    public String toString() {
        return text;
    }
}
