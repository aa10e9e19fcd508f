package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line split into argv entries as .NET does on Unix for ProcessStartInfo.Arguments (the
 * Windows C runtime's rules): blanks (space, tab) separate arguments, double quotes group, {@code ""}
 * inside quotes is a literal quote, and backslashes are literal unless they come before a quote, where
 * each pair is one backslash and an odd one makes the quote literal. pwsh hands both the text after
 * {@code --%} and Start-Process's -ArgumentList to programs this way, and with
 * $PSNativeCommandArgumentPassing Legacy every command line ({@link #legacy}).
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

    /**
     * The argv a program gets under $PSNativeCommandArgumentPassing Legacy (pwsh before 7.3): the arguments joined
     * into one command line as pwsh's legacy binder joined them (empty ones left out; one with a blank outside its
     * quotes put in quotes, its trailing backslashes doubled; embedded quotes as they are), then split again by the
     * rules of {@link #split}, so {@code a"b c"d} arrives as {@code ab cd}.
     */
    public static List<String> legacy(List<String> arguments) {
        StringBuilder commandLine = new StringBuilder();
        for (String argument : arguments) {
            if (argument.isEmpty()) {
                continue;
            }
            if (!commandLine.isEmpty()) {
                commandLine.append(' ');
            }
            if (needsQuotes(argument)) {
                commandLine.append('"').append(argument);
                for (int i = argument.length() - 1; i >= 0 && argument.charAt(i) == '\\'; i--) {
                    commandLine.append('\\');
                }
                commandLine.append('"');
            } else {
                commandLine.append(argument);
            }
        }
        return split(commandLine.toString());
    }

    /** pwsh's NeedQuotes: a blank outside the argument's own (unescaped) double quotes. */
    private static boolean needsQuotes(String argument) {
        int quotes = 0;
        boolean afterBackslash = false;
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '"' && !afterBackslash) {
                quotes++;
            } else if (Character.isWhitespace(c) && quotes % 2 == 0) {
                return true;
            }
            afterBackslash = c == '\\';
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
