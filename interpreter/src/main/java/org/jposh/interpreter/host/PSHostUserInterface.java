package org.jposh.interpreter.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.SecureString;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * The host's console: where formatted output and error text are written for people to read.
 *
 * <p>Beyond writing text, formatting and a few cmdlets ask the host what it is: whether the output is
 * a terminal (colours, table header styles and progress bars are for terminals only; redirected output
 * stays plain text, as pwsh's OutputRendering=Host) and how wide its lines are (tables are laid out
 * to that width; 120 columns, pwsh's default, when unknown). Progress goes through
 * {@link #writeProgress}, which hosts without a terminal ignore, as pwsh does when output is redirected.
 */
public interface PSHostUserInterface {
    /** The width pwsh lays tables out to when the host's width is unknown, as with redirected output. */
    int DEFAULT_WIDTH = 120;

    void write(String text);

    void writeLine(String text);

    void writeErrorLine(String text);

    /**
     * Write-Host's text. pwsh 7 writes it as an information record tagged PSHOST, which a console shows
     * as text and a remoting server sends to its client; the default writes it as text. A console has
     * already coloured it (ANSI) when it is a terminal.
     *
     * @param foregroundColor the ConsoleColor name given to -ForegroundColor, or null
     * @param backgroundColor the ConsoleColor name given to -BackgroundColor, or null
     */
    default void writeHost(String text, String foregroundColor, String backgroundColor, boolean noNewLine) {
        if (noNewLine) {
            write(text);
        } else {
            writeLine(text);
        }
    }

    /** Whether output reaches a terminal, which understands ANSI escape sequences. */
    default boolean isTerminal() {
        return false;
    }

    /** $Host.UI.SupportsVirtualTerminal: whether the host understands VT100 escape sequences. */
    default boolean supportsVirtualTerminal() {
        return false;
    }

    /** The width of the host's lines in cells ($Host.UI.RawUI.BufferSize.Width). */
    default int bufferWidth() {
        return DEFAULT_WIDTH;
    }

    /**
     * Shows or updates a progress bar ($Host.UI.WriteProgress). The default shows nothing, which is
     * what hosts without a terminal do.
     *
     * @param sourceId identifies the command that reports progress
     */
    default void writeProgress(long sourceId, ProgressRecord record) {
    }

    /** A warning (WriteWarning); consoles show it as {@code WARNING: text}. */
    default void writeWarningLine(String text) {
        writeLine("WARNING: " + text);
    }

    /** A verbose message (WriteVerboseLine); consoles show it as {@code VERBOSE: text}. */
    default void writeVerboseLine(String text) {
        writeLine("VERBOSE: " + text);
    }

    /** A debug message (WriteDebugLine); consoles show it as {@code DEBUG: text}. */
    default void writeDebugLine(String text) {
        writeLine("DEBUG: " + text);
    }

    /** A message of the information stream shown to the user (Write-Information with Continue): the text alone. */
    default void writeInformation(String text) {
        writeLine(text);
    }

    /**
     * Whether a user can be asked anything: false in a non-interactive session (pwsh -NonInteractive),
     * where prompts fail before they show anything, as pwsh's HandleThrowOnReadAndPrompt.
     */
    default boolean isInteractive() {
        return true;
    }

    /**
     * Reads a line the user types (Host.UI.ReadLine), without its line break; null at the end of the
     * input. Hosts without a user throw {@link HostException#nonInteractive()}, as this default does.
     */
    default String readLine() {
        throw HostException.nonInteractive();
    }

    /** Reads a line without echoing it (Host.UI.ReadLineAsSecureString); null at the end of the input. */
    default SecureString readLineAsSecureString() {
        throw HostException.nonInteractive();
    }

    /**
     * Asks for a user name (unless given) and a password (Host.UI.PromptForCredential), as pwsh's
     * console host does: a blank line and the caption, the message, {@code User: }, then
     * {@code Password for user NAME: }. Null when the input ends first.
     */
    default PSCredential promptForCredential(String caption, String message, String userName) {
        writeCaptionAndMessage(caption, message);
        String user = userName;
        while (user == null || user.isEmpty()) {
            write("User: ");
            user = readLine();
            if (user == null) {
                return null;
            }
        }
        write("Password for user " + user + ": ");
        SecureString password = readLineAsSecureString();
        if (password == null) {
            return null;
        }
        writeLine("");
        return PSCredential.create(user, password);
    }

    /**
     * Asks the user to pick one of {@code choices} (Host.UI.PromptForChoice), as pwsh's console host
     * does: a blank line and the caption, the message, then {@code [Y] Yes  [N] No  [?] Help (default is
     * "Y"): } until the answer is a label or a hot key (any case); an empty answer takes the default, and
     * {@code ?} lists each choice's help.
     *
     * @param defaultChoice the index an empty answer picks, or -1 for none
     * @return the index of the choice picked
     * @throws HostException in a non-interactive session, or PromptForChoiceCanceled when the input ends
     */
    default int promptForChoice(String caption, String message, List<ChoiceDescription> choices, int defaultChoice) {
        if (!isInteractive()) {
            throw HostException.nonInteractive();
        }
        writeCaptionAndMessage(caption, message);
        while (true) {
            writeChoicePrompt(choices, defaultChoice);
            String response = readLine();
            if (response == null) {
                throw HostException.promptCanceled("PromptForChoiceCanceled");
            }
            if (response.isEmpty()) {
                if (defaultChoice >= 0) {
                    return defaultChoice;
                }
                continue;
            }
            String answer = response.strip();
            if (answer.equals("?")) {
                for (ChoiceDescription choice : choices) {
                    String key = choice.hotKey();
                    writeLine((key.isEmpty() ? choice.plainLabel() : key) + " - " + choice.helpMessage());
                }
                continue;
            }
            int picked = choicePicked(answer, choices);
            if (picked >= 0) {
                return picked;
            }
        }
    }

    /**
     * The line of choices, {@code [hot key] label} each, then the help and default hints, broken where
     * the next part would reach the edge of the host's width.
     */
    private void writeChoicePrompt(List<ChoiceDescription> choices, int defaultChoice) {
        int lineLenMax = bufferWidth() - 1;
        int[] lineLen = {0};
        for (ChoiceDescription choice : choices) {
            writeChoicePart("[" + choice.hotKey() + "] " + choice.plainLabel() + "  ", lineLen, lineLenMax);
        }
        writeChoicePart("[?] Help ", lineLen, lineLenMax);
        if (defaultChoice >= 0) {
            ChoiceDescription choice = choices.get(defaultChoice);
            String key = choice.hotKey().isEmpty() ? choice.plainLabel() : choice.hotKey();
            writeChoicePart("(default is \"" + key + "\"): ", lineLen, lineLenMax);
        }
    }

    private void writeChoicePart(String text, int[] lineLen, int lineLenMax) {
        if (lineLen[0] + text.length() > lineLenMax) {
            writeLine("");
            lineLen[0] = text.length();
            write(text.stripTrailing());
        } else {
            lineLen[0] += text.length();
            write(text);
        }
    }

    /** A prompt's heading, as pwsh's console host writes it: a blank line and the caption, then the message. */
    private void writeCaptionAndMessage(String caption, String message) {
        if (caption != null && !caption.isEmpty()) {
            writeLine("");
            writeLine(caption);
        }
        if (message != null && !message.isEmpty()) {
            writeLine(message);
        }
    }

    /** The choice whose whole label the answer is, else the one whose hot key it is; -1 for none. */
    private static int choicePicked(String answer, List<ChoiceDescription> choices) {
        for (int i = 0; i < choices.size(); i++) {
            if (answer.equalsIgnoreCase(choices.get(i).plainLabel())) {
                return i;
            }
        }
        for (int i = 0; i < choices.size(); i++) {
            String key = choices.get(i).hotKey();
            if (!key.isEmpty() && answer.equalsIgnoreCase(key)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Asks the user for values (Host.UI.Prompt), as pwsh's console host asks for missing mandatory
     * parameters: a blank line and the caption, the message, {@code (Type !? for Help.)} when some field
     * has help, then {@code Name: } for each field, converting the answer to the field's type and asking
     * again when it does not convert. A collection is asked for element by element ({@code Name[0]: })
     * until an empty line. {@code !?} shows the field's help, {@code !""} answers an empty string,
     * {@code !$null} null, {@code !!x} the text {@code !x}.
     *
     * @return the values by field name; empty when the input ended before all were given
     * @throws HostException in a non-interactive session
     */
    default Map<String, Object> prompt(String caption, String message, List<FieldDescription> descriptions) {
        if (!isInteractive()) {
            throw HostException.nonInteractive();
        }
        writeCaptionAndMessage(caption, message);
        for (FieldDescription description : descriptions) {
            if (description.helpMessage() != null && !description.helpMessage().isEmpty()) {
                writeLine("(Type !? for Help.)");
                break;
            }
        }
        Map<String, Object> results = new LinkedHashMap<>();
        for (FieldDescription description : descriptions) {
            DotNetType type = fieldType(description);
            PromptAnswer answer;
            if (type.isArray() || type.javaClass() != null && List.class.isAssignableFrom(type.javaClass())) {
                answer = promptForList(description, type);
            } else {
                answer = promptForSingleItem(description, type, description.name() + ": ", false);
            }
            if (answer == null) {
                writeLine("");
                results.clear();
                break;
            }
            results.put(description.name(), answer.value());
        }
        return results;
    }

    /** What one prompt read: a value, or (for a collection) the empty line that ends it. */
    record PromptAnswer(Object value, boolean endOfList) {
    }

    /** The field's type, by its .NET name; a type the session does not know is asked for as a string. */
    private static DotNetType fieldType(FieldDescription description) {
        DotNetType type = description.parameterTypeName() == null ? null
                : TypeResolver.tryResolve(description.parameterTypeName(), List.of());
        return type != null ? type : CoreTypes.STRING;
    }

    /** Elements until an empty line, then the collection converted to the field's type when it converts. */
    private PromptAnswer promptForList(FieldDescription description, DotNetType type) {
        DotNetType elementType = type.isArray() ? type.elementType() : CoreTypes.OBJECT;
        List<Object> input = new ArrayList<>();
        while (true) {
            PromptAnswer element = promptForSingleItem(description, elementType,
                    description.name() + "[" + input.size() + "]: ", true);
            if (element == null) {
                return null;
            }
            if (element.endOfList()) {
                break;
            }
            input.add(element.value());
        }
        try {
            return new PromptAnswer(LanguagePrimitives.convertTo(input, type), false);
        } catch (PSRuntimeException e) {
            return new PromptAnswer(input, false);
        }
    }

    /** One value of the type; null when the input ended. Secure strings are read unechoed, credentials asked for. */
    private PromptAnswer promptForSingleItem(FieldDescription description, DotNetType type, String prompt,
                                             boolean listInput) {
        if (type == CoreTypes.SECURE_STRING) {
            write(prompt);
            SecureString secure = readLineAsSecureString();
            return secure == null ? null : new PromptAnswer(secure, listInput && secure.length() == 0);
        }
        if (type.fullName().equals("System.Management.Automation.PSCredential")) {
            writeLine(description.name());
            PSCredential credential = promptForCredential(null, null, null);
            return credential == null ? null : new PromptAnswer(credential, false);
        }
        while (true) {
            String[] input = new String[1];
            Boolean end = promptReadInput(description, prompt, listInput, input);
            if (end == null) {
                return null;
            }
            if (end) {
                return new PromptAnswer(null, true);
            }
            try {
                return new PromptAnswer(LanguagePrimitives.convertTo(input[0], type), false);
            } catch (PSRuntimeException e) {
                // pwsh says nothing when an empty answer does not convert, and asks again either way.
                if (input[0] != null && !input[0].isEmpty()) {
                    String problem = e.getMessage().contains("too large or too small") ? "an overflow" : "a format";
                    writeLine("Cannot recognize \"" + input[0] + "\" as a " + type.fullName() + " due to " + problem
                            + " error.");
                }
            }
        }
    }

    /**
     * Reads one answer into {@code input[0]}, handling the {@code !} commands; returns whether it was
     * the empty line ending a collection, or null when the input ended.
     */
    private Boolean promptReadInput(FieldDescription description, String prompt, boolean listInput, String[] input) {
        while (true) {
            write(prompt);
            String raw = readLine();
            if (raw == null) {
                return null;
            }
            if (!raw.startsWith("!")) {
                input[0] = raw;
                return raw.isEmpty() && listInput;
            }
            String command = raw.substring(1);
            if (command.startsWith("!")) {
                input[0] = command;
                return false;
            }
            if (command.equals("?")) {
                String help = description.helpMessage();
                writeLine(help == null || help.isEmpty() ? "No help is available for " + description.name() + "."
                        : help);
            } else if (command.equals("\"\"")) {
                input[0] = "";
                return false;
            } else if (command.equalsIgnoreCase("$null")) {
                input[0] = null;
                return false;
            } else {
                writeLine("\"" + raw + "\" cannot be recognized as a valid Prompt command.");
            }
        }
    }
}
