package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.host.ChoiceDescription;
import org.jposh.interpreter.host.InternalHost;
import org.jposh.interpreter.host.PSHostUserInterface;

/**
 * The questions pwsh asks through the host before a command goes on: its InquireHelper (confirmations
 * and the Inquire action of a stream) and the interpreter's "Action to take for this exception:" (an
 * error in a script under $ErrorActionPreference Inquire). Suspend suspends the command in a nested
 * prompt of the host; once the user leaves it, the question is asked again. Every question throws
 * {@link org.jposh.interpreter.host.HostException} when the host cannot ask (non-interactive) or, at
 * Suspend, cannot nest.
 */
public final class Inquiry {
    /** The answer: pwsh's ContinueStatus, and Halt Command, after which the caller stops the command. */
    enum ContinueStatus {
        YES, NO, YES_TO_ALL, NO_TO_ALL, HALT
    }

    /** pwsh's InquireHalt: the message of the error that stops a command whose user chose Halt Command. */
    static final String HALT_MESSAGE = "The running command stopped because the user selected the Stop option.";
    private static final String CAPTION_DEFAULT = "Confirm";
    private static final String CONTINUE_PROMPT_DEFAULT = "Continue with this operation?";
    private static final String SUSPEND_HELP =
            "Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline.";

    private final PSHostUserInterface ui;
    private final InternalHost host;

    Inquiry(PSHostUserInterface ui, InternalHost host) {
        this.ui = ui;
        this.host = host;
    }

    /**
     * A confirmation (ShouldProcess, ShouldContinue): Yes, [Yes to All,] No, [No to All,] Suspend; with
     * {@code securityImpact} No is the default.
     */
    ContinueStatus confirm(String message, String caption, boolean toAll, boolean securityImpact) {
        return ask(message, caption, toAll, toAll, false, securityImpact);
    }

    /**
     * A stream's Inquire action (pwsh's WriteHelper): "Continue with this operation?" or {@code message}, with
     * Yes, Yes to All, Halt Command, Suspend.
     */
    ContinueStatus continueAfter(String message) {
        return ask(message, null, true, false, true, false);
    }

    private ContinueStatus ask(String message, String caption, boolean yesToAll, boolean noToAll, boolean halt,
                               boolean securityImpact) {
        List<ChoiceDescription> choices = new ArrayList<>();
        List<ContinueStatus> answers = new ArrayList<>();
        choices.add(new ChoiceDescription("&Yes", "Continue with only the next step of the operation."));
        answers.add(ContinueStatus.YES);
        if (yesToAll) {
            choices.add(new ChoiceDescription("Yes to &All", "Continue with all the steps of the operation."));
            answers.add(ContinueStatus.YES_TO_ALL);
        }
        int no = choices.size();
        if (halt) {
            choices.add(new ChoiceDescription("&Halt Command", "Stop this command."));
            answers.add(ContinueStatus.HALT);
        } else {
            choices.add(new ChoiceDescription("&No", "Skip this operation and proceed with the next operation."));
            answers.add(ContinueStatus.NO);
        }
        if (noToAll) {
            choices.add(new ChoiceDescription("No to A&ll", "Skip this operation and all subsequent operations."));
            answers.add(ContinueStatus.NO_TO_ALL);
        }
        if (host.canSuspend()) {
            choices.add(new ChoiceDescription("&Suspend", SUSPEND_HELP));
        }
        String text = message == null || message.isEmpty() ? CONTINUE_PROMPT_DEFAULT : message;
        String title = caption == null || caption.isEmpty() ? CAPTION_DEFAULT : caption;
        return answers.get(askUntilAnswered(title, text, choices, answers.size(), securityImpact ? no : 0));
    }

    /**
     * pwsh's InquireForActionPreference, for an error a script statement raised under $ErrorActionPreference
     * Inquire: Continue (report it and go on), Silently Continue, Break (Stop: it becomes terminating) or
     * Suspend, which pwsh offers in every host.
     */
    public static ActionPreference actionForException(PSHostUserInterface ui, InternalHost host, String message) {
        List<ChoiceDescription> choices = List.of(
                new ChoiceDescription("&Continue", "Report the error then continue with the next script statement."),
                new ChoiceDescription("S&ilently Continue",
                        "Do not report this error, just continue with the next script statement."),
                new ChoiceDescription("&Break", "Do not continue processing, throw the exception instead."),
                new ChoiceDescription("&Suspend", "Pause the current pipeline and return to the command prompt. "
                        + "Type exit to resume operation when you are done."));
        int choice = new Inquiry(ui, host).askUntilAnswered("Action to take for this exception:", message, choices,
                3, 0);
        return choice == 0 ? ActionPreference.Continue
                : choice == 1 ? ActionPreference.SilentlyContinue : ActionPreference.Stop;
    }

    /** Asks until the user picks one of the first {@code answers} choices; the one after them is Suspend. */
    private int askUntilAnswered(String caption, String message, List<ChoiceDescription> choices, int answers,
                                 int defaultChoice) {
        while (true) {
            int response = ui.promptForChoice(caption, message, choices, defaultChoice);
            if (response < answers) {
                return response;
            }
            host.enterNestedPrompt();
        }
    }
}
