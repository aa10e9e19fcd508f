package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Write-Host: writes objects to the host as text, joined by -Separator (a space), ending the line
 * unless -NoNewline, as pwsh's information record tagged PSHOST: shown under every -InformationAction
 * but Ignore, then Stop stops and Inquire asks. Collections are written element by element; colours are
 * ANSI sequences and only reach a terminal.
 */
@Cmdlet(verb = "Write", noun = "Host")
public final class WriteHostCommand extends PSCmdlet {
    /** ConsoleColor's names, in its order: the index is the colour's value. */
    private static final List<String> COLORS = List.of("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed",
            "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow",
            "White");
    /** The ANSI foreground code of each ConsoleColor; background codes are 10 more. */
    private static final int[] ANSI = {30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97};

    @Parameter(position = 0, valueFromPipeline = true, valueFromRemainingArguments = true)
    @AllowNull
    private Object object;

    @Parameter
    private boolean noNewline;

    @Parameter
    private Object separator = " ";

    @Parameter
    @ValidateSet({"Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
        "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"})
    private String foregroundColor;

    @Parameter
    @ValidateSet({"Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
        "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"})
    private String backgroundColor;

    @Override
    protected void processRecord() {
        StringBuilder text = new StringBuilder();
        append(text, object, true);
        String message = text.toString();
        writeHostInformation(message, () -> host().ui().writeHost(
                host().ui().isTerminal() ? colored(message) : message, foregroundColor, backgroundColor, noNewline));
    }

    /** Strings as they are, collections element by element (nested ones too), other objects by their string. */
    private void append(StringBuilder text, Object value, boolean first) {
        Object base = PSObject.base(value);
        if (base == null || base instanceof String) {
            appendSeparated(text, base == null ? "" : (String) base, first);
            return;
        }
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            appendSeparated(text, LanguagePrimitives.toStringValue(value), first);
            return;
        }
        boolean firstElement = first;
        for (Object element : elements) {
            append(text, element, firstElement);
            firstElement = false;
        }
    }

    private void appendSeparated(StringBuilder text, String s, boolean first) {
        if (!first) {
            text.append(LanguagePrimitives.toStringValue(separator));
        }
        text.append(s);
    }

    private String colored(String text) {
        if (foregroundColor == null && backgroundColor == null) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        if (foregroundColor != null) {
            sb.append("\u001b[").append(ansi(foregroundColor)).append('m');
        }
        if (backgroundColor != null) {
            sb.append("\u001b[").append(ansi(backgroundColor) + 10).append('m');
        }
        return sb.append(text).append("\u001b[0m").toString();
    }

    private static int ansi(String color) {
        for (int i = 0; i < COLORS.size(); i++) {
            if (COLORS.get(i).equalsIgnoreCase(color)) {
                return ANSI[i];
            }
        }
        throw new IllegalArgumentException(color);
    }
}
