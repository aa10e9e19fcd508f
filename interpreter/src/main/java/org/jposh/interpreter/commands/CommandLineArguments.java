package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line split into argv entries as .NET does on Unix for ProcessStartInfo.Arguments (the
 * Windows C runtime's rules): blanks (space, tab) separate arguments, double quotes group, {@code ""}
 * inside quotes is a literal quote, and backslashes are literal unless they come before a quote, where
 * each pair is one backslash and an odd one makes the quote literal. pwsh hands both the text after
 * {@code --%} and Start-Process's -ArgumentList to programs this way.
 */
public final class CommandLineArguments {
    private CommandLineArguments() {
    }

    public static List<String> split(String commandLine) {
        List<String> arguments = new ArrayList<>();
        int i = 0;
        int length = commandLine.length();
        while (true) {
            while (i < length && isBlank(commandLine.charAt(i))) {
                i++;
            }
            if (i == length) {
                return arguments;
            }
            StringBuilder argument = new StringBuilder();
            i = readArgument(commandLine, i, argument);
            arguments.add(argument.toString());
        }
    }

    /** Appends the argument that starts at {@code i}; returns where it ends. */
    private static int readArgument(String text, int i, StringBuilder argument) {
        boolean quoted = false;
        while (i < text.length()) {
            int backslashes = 0;
            while (i < text.length() && text.charAt(i) == '\\') {
                backslashes++;
                i++;
            }
            if (backslashes > 0) {
                boolean beforeQuote = i < text.length() && text.charAt(i) == '"';
                argument.repeat('\\', beforeQuote ? backslashes / 2 : backslashes);
                if (beforeQuote && backslashes % 2 != 0) {
                    argument.append('"');
                    i++;
                }
                continue;
            }
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    argument.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (isBlank(c) && !quoted) {
                return i;
            } else {
                argument.append(c);
            }
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
