package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.ArrayList;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * What one command does with its streams: the action per stream (the common parameter when given,
 * otherwise the preference variable of the scope the command runs in) and the variables that
 * -ErrorVariable, -WarningVariable, -InformationVariable and -OutVariable fill. Those variables are
 * set when the command starts, to a new ArrayList, or with a leading {@code +} to the list they
 * already hold, which the command then appends to.
 */
final class StreamPreferences {
    private final ActionPreference error;
    private final ActionPreference warning;
    private final ActionPreference verbose;
    private final ActionPreference debug;
    private final ActionPreference information;
    private final ArrayList errorVariable;
    private final ArrayList warningVariable;
    private final ArrayList informationVariable;
    private final ArrayList outVariable;

    StreamPreferences(CommonParameters common, SessionStateScope scope) {
        error = action(common.errorAction(), scope, "ErrorActionPreference", ActionPreference.Continue);
        warning = action(common.warningAction(), scope, "WarningPreference", ActionPreference.Continue);
        information = action(common.informationAction(), scope, "InformationPreference",
                ActionPreference.SilentlyContinue);
        verbose = common.verbose() != null ? switchAction(common.verbose())
                : ActionPreference.from(scope.get("VerbosePreference"), ActionPreference.SilentlyContinue);
        debug = common.debug() != null ? switchAction(common.debug())
                : ActionPreference.from(scope.get("DebugPreference"), ActionPreference.SilentlyContinue);
        errorVariable = variable(common.errorVariable(), scope);
        warningVariable = variable(common.warningVariable(), scope);
        informationVariable = variable(common.informationVariable(), scope);
        outVariable = variable(common.outVariable(), scope);
    }

    private static ActionPreference action(ActionPreference given, SessionStateScope scope, String variable,
                                           ActionPreference fallback) {
        return given != null ? ActionPreference.from(given, fallback)
                : ActionPreference.from(scope.get(variable), fallback);
    }

    private static ActionPreference switchAction(boolean on) {
        return on ? ActionPreference.Continue : ActionPreference.SilentlyContinue;
    }

    private static ArrayList variable(String name, SessionStateScope scope) {
        if (name == null) {
            return null;
        }
        if (name.startsWith("+")) {
            name = name.substring(1);
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
        return error;
    }

    ActionPreference warning() {
        return warning;
    }

    ActionPreference verbose() {
        return verbose;
    }

    ActionPreference debug() {
        return debug;
    }

    ActionPreference information() {
        return information;
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
        return value -> {
            outVariable.add(value);
            next.write(value);
        };
    }
}
