package org.jposh.interpreter.host;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.SecureString;

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
     * Asks the user to pick one of {@code choices} (Host.UI.PromptForChoice) as pwsh's console host
     * does: the caption after a blank line, the message, then {@code [Y] Yes  [N] No  [?] Help
     * (default is "Y"): } until the answer is a label, a hot key, or empty with a default; {@code ?}
     * lists the help messages.
     *
     * @param defaultChoice the index an empty answer picks, or -1 for none
     * @return the index picked
     */
    default int promptForChoice(String caption, String message, List<ChoiceDescription> choices, int defaultChoice) {
        if (choices.isEmpty()) {
            throw HostException.invalidArgument("\"choices\" should have at least one element.");
        }
        if (defaultChoice < -1 || defaultChoice >= choices.size()) {
            throw HostException.invalidArgument("Default choice " + defaultChoice + " is not a valid index in the "
                    + "choices collection.");
        }
        List<String[]> keys = new ArrayList<>(choices.size());
        for (ChoiceDescription choice : choices) {
            keys.add(choice.hotKeyAndPlainLabel());
        }
        if (caption != null && !caption.isEmpty()) {
            writeLine("");
            writeLine(caption);
        }
        if (message != null && !message.isEmpty()) {
            writeLine(message);
        }
        StringBuilder prompt = new StringBuilder();
        for (String[] key : keys) {
            prompt.append('[').append(key[0]).append("] ").append(key[1]).append("  ");
        }
        prompt.append("[?] Help ");
        if (defaultChoice >= 0) {
            String[] key = keys.get(defaultChoice);
            prompt.append("(default is \"").append(key[0].isEmpty() ? key[1] : key[0]).append("\"): ");
        }
        while (true) {
            write(prompt.toString());
            String answer = readLine();
            if (answer == null) {
                throw HostException.promptCanceled();
            }
            answer = answer.trim();
            if (answer.isEmpty()) {
                if (defaultChoice >= 0) {
                    return defaultChoice;
                }
                continue;
            }
            if (answer.equals("?")) {
                for (int i = 0; i < choices.size(); i++) {
                    String[] key = keys.get(i);
                    writeLine((key[0].isEmpty() ? key[1] : key[0]) + " - " + choices.get(i).helpMessage());
                }
                continue;
            }
            int picked = picked(answer, keys);
            if (picked >= 0) {
                return picked;
            }
        }
    }

    /** pwsh's DetermineChoicePicked: a whole label first, then a hot key, ignoring case. */
    private static int picked(String answer, List<String[]> keys) {
        for (int i = 0; i < keys.size(); i++) {
            if (answer.equalsIgnoreCase(keys.get(i)[1])) {
                return i;
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i)[0].isEmpty() && answer.equalsIgnoreCase(keys.get(i)[0])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Asks for a user name (unless given) and a password (Host.UI.PromptForCredential), as pwsh's
     * console host does: a blank line and the caption, the message, {@code User: }, then
     * {@code Password for user NAME: }. Null when the input ends first.
     */
    default PSCredential promptForCredential(String caption, String message, String userName) {
        if (caption != null && !caption.isEmpty()) {
            writeLine("");
            writeLine(caption);
        }
        if (message != null && !message.isEmpty()) {
            writeLine(message);
        }
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
}
