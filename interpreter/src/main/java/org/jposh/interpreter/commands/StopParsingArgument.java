package org.jposh.interpreter.commands;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text after {@code --%} on a command line, taken verbatim: external programs get it split into
 * arguments as a command line ({@link CommandLineArguments}), with {@code %NAME%} replaced by environment variables as pwsh does; any other
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
        return CommandLineArguments.split(expanded.toString());
    }

    @Override
    public String toString() {
        return text;
    }
}
