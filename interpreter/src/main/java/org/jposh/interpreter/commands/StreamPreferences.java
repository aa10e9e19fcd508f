package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.ArrayList;
import org.jposh.interpreter.runtime.CommandOutputPipe;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * What one command does with its streams: the action per stream (the common parameter when given,
 * otherwise the preference variable of the scope the command runs in, looked up when the command
 * first writes to that stream, as most commands write to none) and the variables that
 * -ErrorVariable, -WarningVariable, -InformationVariable and -OutVariable fill. Those variables are
 * set when the command starts, to a new ArrayList, or with a leading {@code +} to the list they
 * already hold, which the command then appends to. A stream whose action is Inquire asks the user
 * each time a record is written, until the answer Yes to All makes it Continue for the rest of the command.
 */
final class StreamPreferences {
    private final CommonParameters common;
    private final SessionStateScope scope;
    private ActionPreference error;
    private ActionPreference warning;
    private ActionPreference verbose;
    private ActionPreference debug;
    private ActionPreference information;
    private ActionPreference progress;
    private final ArrayList errorVariable;
    private final ArrayList warningVariable;
    private final ArrayList informationVariable;
    private final ArrayList outVariable;

    StreamPreferences(CommonParameters common, SessionStateScope scope) {
        this.common = common;
        this.scope = scope;
        errorVariable = variable(common.errorVariable(), scope);
        warningVariable = variable(common.warningVariable(), scope);
        informationVariable = variable(common.informationVariable(), scope);
        outVariable = variable(common.outVariable(), scope);
    }

    private ActionPreference action(ActionPreference given, String variable, ActionPreference fallback) {
        return action(given, scope, variable, fallback);
    }

    private static ActionPreference action(ActionPreference given, SessionStateScope scope, String variable,
                                           ActionPreference fallback) {
        return given != null ? ActionPreference.from(given, fallback)
                : ActionPreference.from(scope.get(variable), fallback);
    }

    private ActionPreference switchAction(Boolean on, String variable) {
        if (on != null) {
            return on ? ActionPreference.Continue : ActionPreference.SilentlyContinue;
        }
        return ActionPreference.from(scope.get(variable), ActionPreference.SilentlyContinue);
    }

    private static ArrayList variable(String name, SessionStateScope current) {
        if (name == null) {
            return null;
        }
        boolean append = name.startsWith("+");
        if (append) {
            name = name.substring(1);
        }
        SessionStateScope scope = current;
        int colon = name.indexOf(':');
        if (colon > 0) {
            scope = current.qualifiedScope(name.substring(0, colon));
            name = name.substring(colon + 1);
        }
        if (append) {
            Object existing = PSObject.base(scope.get(name));
            if (existing instanceof ArrayList list) {
                return list;
            }
            ArrayList list = new ArrayList();
            if (existing != null) {
                LanguagePrimitives.writeEnumerated(list::add, existing);
            }
            scope.set(name, list);
            return list;
        }
        ArrayList list = new ArrayList();
        scope.set(name, list);
        return list;
    }

    ActionPreference error() {
        if (error == null) {
            error = action(common.errorAction(), "ErrorActionPreference", ActionPreference.Continue);
        }
        return error;
    }

    /**
     * As pwsh's MshCommandRuntime: -WarningAction, else -Debug makes a cmdlet's warnings Inquire and -Verbose
     * Continue, else $WarningPreference.
     */
    ActionPreference warning() {
        if (warning == null) {
            warning = warningAction(common, scope);
        }
        return warning;
    }

    /** The warning action of a command with {@code common} parameters, running in {@code scope} (see {@link #warning}). */
    static ActionPreference warningAction(CommonParameters common, SessionStateScope scope) {
        if (common.warningAction() == null && debugSwitch(common)) {
            return ActionPreference.Inquire;
        }
        if (common.warningAction() == null && Boolean.TRUE.equals(common.verbose())) {
            return ActionPreference.Continue;
        }
        return action(common.warningAction(), scope, "WarningPreference", ActionPreference.Continue);
    }

    private static boolean debugSwitch(CommonParameters common) {
        return Boolean.TRUE.equals(common.debug());
    }

    /** As pwsh's MshCommandRuntime: -Debug without -Verbose makes a cmdlet's verbose messages Inquire. */
    ActionPreference verbose() {
        if (verbose == null) {
            verbose = common.verbose() == null && debugSwitch(common) ? ActionPreference.Inquire
                    : switchAction(common.verbose(), "VerbosePreference");
        }
        return verbose;
    }

    ActionPreference debug() {
        if (debug == null) {
            debug = switchAction(common.debug(), "DebugPreference");
        }
        return debug;
    }

    ActionPreference information() {
        if (information == null) {
            information = action(common.informationAction(), "InformationPreference",
                    ActionPreference.SilentlyContinue);
        }
        return information;
    }

    ActionPreference progress() {
        if (progress == null) {
            progress = action(common.progressAction(), "ProgressPreference", ActionPreference.Continue);
        }
        return progress;
    }

    /**
     * The action Inquire of the stream of the preference {@code variable} (pwsh's WriteHelper), once a record
     * is written (an error: before): asks whether to go on, with {@code message} or "Continue with this
     * operation?". Yes to All makes the stream Continue for the rest of the command.
     *
     * @return false when the user chose Halt Command, after which the caller stops the command
     */
    boolean continueAfterInquiry(Inquiry inquiry, String variable, String message) {
        Inquiry.ContinueStatus answer = inquiry.continueAfter(message);
        if (answer == Inquiry.ContinueStatus.YES_TO_ALL) {
            continueAll(variable);
        }
        return answer != Inquiry.ContinueStatus.HALT;
    }

    /** The answer Yes to All for the stream of the preference {@code variable}: no more asking for this command. */
    void continueAll(String variable) {
        switch (variable) {
            case "ErrorActionPreference" -> error = ActionPreference.Continue;
            case "WarningPreference" -> warning = ActionPreference.Continue;
            case "VerbosePreference" -> verbose = ActionPreference.Continue;
            case "DebugPreference" -> debug = ActionPreference.Continue;
            // pwsh's host shows information records under Continue only: they stay as unshown as under Inquire
            case "InformationPreference" -> information = ActionPreference.SilentlyContinue;
            case "ProgressPreference" -> progress = ActionPreference.Continue;
            default -> throw new IllegalArgumentException(variable);
        }
    }

    /** The -ErrorVariable list, or null when not given. */
    ArrayList errorVariable() {
        return errorVariable;
    }

    void recordError(ErrorRecord record) {
        if (errorVariable != null) {
            errorVariable.add(record);
        }
    }

    void recordWarning(InformationalRecord record) {
        if (warningVariable != null) {
            warningVariable.add(record);
        }
    }

    void recordInformation(InformationRecord record) {
        if (informationVariable != null) {
            informationVariable.add(record);
        }
    }

    /** The output pipe, also filling -OutVariable when given. */
    Pipe output(Pipe next) {
        if (outVariable == null) {
            return next;
        }
        return new CommandOutputPipe(value -> {
            outVariable.add(value);
            next.write(value);
        }, next, null);
    }
}
