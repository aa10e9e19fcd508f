package org.jposh.stdlib.utility;

import java.util.Arrays;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SecureString;

/**
 * Read-Host: reads a line from the host, after {@code Prompt: } when a prompt is given (the words of
 * an array prompt joined with spaces, as pwsh joins them); $null once the input has ended.
 * -AsSecureString returns a SecureString; -MaskInput reads as one but returns the text.
 */
@Cmdlet(verb = "Read", noun = "Host", defaultParameterSetName = "AsString")
public final class ReadHostCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromRemainingArguments = true)
    @AllowNull
    private Object prompt;

    @Parameter(parameterSetName = "AsSecureString")
    private boolean asSecureString;

    @Parameter(parameterSetName = "AsString")
    private boolean maskInput;

    @Override
    protected void beginProcessing() {
        PSHostUserInterface ui = host().ui();
        try {
            if (prompt != null) {
                ui.write(promptText() + ": ");
            }
            if (asSecureString || maskInput) {
                SecureString secure = ui.readLineAsSecureString();
                writeObject(maskInput && secure != null ? plainText(secure) : secure);
            } else {
                writeObject(ui.readLine());
            }
        } catch (HostException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
    }

    private String promptText() {
        Iterable<?> items = LanguagePrimitives.getEnumerable(prompt);
        if (items == null) {
            return LanguagePrimitives.toStringValue(prompt);
        }
        StringBuilder text = new StringBuilder();
        for (Object item : items) {
            String element = LanguagePrimitives.toStringValue(item);
            if (!element.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(element);
            }
        }
        return text.toString();
    }

    private static String plainText(SecureString secure) {
        char[] chars = secure.toCharArray();
        try {
            return new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
