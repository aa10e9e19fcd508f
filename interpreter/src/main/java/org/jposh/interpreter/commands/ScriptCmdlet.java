package org.jposh.interpreter.commands;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.function.BooleanSupplier;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CommandOutputPipe;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSReference;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * {@code $PSCmdlet} in an advanced function (pwsh's PSScriptCmdlet): the parameter set the binder
 * chose, and the cmdlet methods a function calls to write objects and errors, stop with an error or
 * ask ShouldProcess and ShouldContinue. What it writes goes where the function's own output and errors go (so
 * -OutVariable and -ErrorVariable see it).
 */
public final class ScriptCmdlet {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSScriptCmdlet",
            ScriptCmdlet.class, ScriptCmdlet::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private final ScriptCommandProcessor processor;
    private ShouldProcessRuntime shouldProcess;

    ScriptCmdlet(ScriptCommandProcessor processor) {
        this.processor = processor;
    }

    /** The function the variable belongs to. */
    ScriptCommandProcessor processor() {
        return processor;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("ParameterSetName", CoreTypes.STRING, c -> ((ScriptCmdlet) c).processor.binder().parameterSetName());
        b.property("SessionState", CoreTypes.OBJECT, c -> EngineIntrinsics.sessionStateIntrinsics());
        b.property("InvokeCommand", CoreTypes.OBJECT, c -> EngineIntrinsics.invokeCommand());
        b.property("Host", CoreTypes.OBJECT, c -> ((ScriptCmdlet) c).processor.context().internalHost());
        b.method("GetUnresolvedProviderPathFromPSPath", CoreTypes.STRING, (c, a) -> {
            SessionStateIntrinsics intrinsics = EngineIntrinsics.sessionStateIntrinsics();
            return intrinsics == null ? null : intrinsics.getUnresolvedProviderPathFromPSPath(string(a[0]));
        }, param("path", CoreTypes.STRING));
        b.method("GetVariableValue", CoreTypes.OBJECT, (c, a) -> ((ScriptCmdlet) c).variableValue(string(a[0]), null),
                param("name", CoreTypes.STRING));
        b.method("GetVariableValue", CoreTypes.OBJECT, (c, a) -> ((ScriptCmdlet) c).variableValue(string(a[0]), a[1]),
                param("name", CoreTypes.STRING), param("defaultValue", CoreTypes.OBJECT));
        b.method("WriteObject", CoreTypes.VOID, (c, a) -> {
            ((ScriptCmdlet) c).processor.output().write(a[0]);
            return AutomationNull.VALUE;
        }, param("sendToPipeline", CoreTypes.OBJECT));
        b.method("WriteObject", CoreTypes.VOID, (c, a) -> {
            ((ScriptCmdlet) c).writeObject(a[0], (Boolean) a[1]);
            return AutomationNull.VALUE;
        }, param("sendToPipeline", CoreTypes.OBJECT), param("enumerateCollection", CoreTypes.BOOLEAN));
        b.method("WriteError", CoreTypes.VOID, (c, a) -> {
            ((ScriptCmdlet) c).writeError(errorRecord(a[0]));
            return AutomationNull.VALUE;
        }, param("errorRecord", CoreTypes.OBJECT));
        b.method("ThrowTerminatingError", CoreTypes.VOID, (c, a) -> {
            ErrorRecord error = errorRecord(a[0]);
            ScriptCommandProcessor p = ((ScriptCmdlet) c).processor;
            error.setScriptCommandInvocation(p.metadata().name(), p.extent());
            throw new PoshException(error, null, PoshException.Severity.COMMAND_STOPPED);
        }, param("errorRecord", CoreTypes.OBJECT));
        b.method("ShouldProcess", CoreTypes.BOOLEAN, (c, a) -> ask("ShouldProcess", a,
                () -> ((ScriptCmdlet) c).shouldProcess(a[0], null)), param("target", CoreTypes.STRING));
        b.method("ShouldProcess", CoreTypes.BOOLEAN, (c, a) -> ask("ShouldProcess", a,
                () -> ((ScriptCmdlet) c).shouldProcess(a[0], a[1])), param("target", CoreTypes.STRING),
                param("action", CoreTypes.STRING));
        b.method("ShouldProcess", CoreTypes.BOOLEAN, (c, a) -> ask("ShouldProcess", a,
                () -> ((ScriptCmdlet) c).runtime().shouldProcess(string(a[0]), string(a[1]), string(a[2]))),
                param("verboseDescription", CoreTypes.STRING), param("verboseWarning", CoreTypes.STRING),
                param("caption", CoreTypes.STRING));
        b.method("ShouldProcess", CoreTypes.BOOLEAN, (c, a) -> ask("ShouldProcess", a,
                () -> ((ScriptCmdlet) c).shouldProcess(a[0], a[1], a[2], a[3])),
                param("verboseDescription", CoreTypes.STRING), param("verboseWarning", CoreTypes.STRING),
                param("caption", CoreTypes.STRING), param("shouldProcessReason", CoreTypes.PS_REFERENCE));
        b.method("ShouldContinue", CoreTypes.BOOLEAN, (c, a) -> ask("ShouldContinue", a,
                () -> ((ScriptCmdlet) c).runtime().shouldContinue(string(a[0]), string(a[1]), false, null)),
                param("query", CoreTypes.STRING), param("caption", CoreTypes.STRING));
        b.method("ShouldContinue", CoreTypes.BOOLEAN, (c, a) -> ask("ShouldContinue", a,
                () -> ((ScriptCmdlet) c).shouldContinue(a[0], a[1], false, a[2], a[3])),
                param("query", CoreTypes.STRING), param("caption", CoreTypes.STRING),
                param("yesToAll", CoreTypes.PS_REFERENCE), param("noToAll", CoreTypes.PS_REFERENCE));
        b.method("ShouldContinue", CoreTypes.BOOLEAN, (c, a) -> ask("ShouldContinue", a,
                () -> ((ScriptCmdlet) c).shouldContinue(a[0], a[1], LanguagePrimitives.isTrue(a[2]), a[3], a[4])),
                param("query", CoreTypes.STRING), param("caption", CoreTypes.STRING),
                param("hasSecurityImpact", CoreTypes.BOOLEAN), param("yesToAll", CoreTypes.PS_REFERENCE),
                param("noToAll", CoreTypes.PS_REFERENCE));
    }

    /** PSCmdlet.GetVariableValue: the variable as the function's code sees it, or the default when there is none. */
    private Object variableValue(String name, Object defaultValue) {
        Object value = processor.context().sessionState().currentScope().find(name);
        return value == SessionStateScope.UNSET ? defaultValue : value;
    }

    /** A host that cannot ask fails the call as a .NET method fails: a MethodInvocationException around its error. */
    private static boolean ask(String method, Object[] args, BooleanSupplier question) {
        try {
            return question.getAsBoolean();
        } catch (HostException e) {
            throw e.inMethodCall(method, args.length);
        }
    }

    private static String string(Object value) {
        return value == null ? null : LanguagePrimitives.toStringValue(value);
    }

    private static ErrorRecord errorRecord(Object value) {
        if (PSObject.base(value) instanceof ErrorRecord record) {
            return record;
        }
        throw LanguagePrimitives.invalidCast(PSObject.base(value), ErrorRecord.TYPE);
    }

    private void writeObject(Object value, boolean enumerateCollection) {
        if (enumerateCollection) {
            LanguagePrimitives.writeEnumerated(processor.output(), value);
        } else {
            processor.output().write(value);
        }
    }

    /**
     * As a cmdlet's WriteError: -ErrorAction or $ErrorActionPreference decide (Inquire asks first), $Error keeps it.
     * A host that cannot ask fails the call as a .NET method fails.
     */
    private void writeError(ErrorRecord error) {
        error.setScriptCommandInvocation(processor.metadata().name(), processor.extent());
        processor.failPipeline(processor.context());
        ActionPreference preference = processor.preferences().error();
        if (preference == ActionPreference.Ignore) {
            return;
        }
        if (preference == ActionPreference.Stop) {
            throw PoshException.preferenceStop(error);
        }
        if (preference == ActionPreference.Inquire && !continueAfterInquiry(error.toString())) {
            throw PSCmdlet.actionPreferenceStop(processor.metadata(), processor.extent(), Inquiry.HALT_MESSAGE);
        }
        processor.context().sessionState().recordError(error);
        processor.preferences().recordError(error);
        CommandOutputPipe.recordError(processor.output(), error);
        if (preference != ActionPreference.SilentlyContinue) {
            processor.context().streams().error().write(error);
        }
    }

    private boolean continueAfterInquiry(String message) {
        try {
            return processor.preferences().continueAfterInquiry(
                    new Inquiry(processor.context().host().ui(), processor.context().internalHost()),
                    "ErrorActionPreference", message);
        } catch (HostException e) {
            throw e.inMethodCall("WriteError", 1);
        }
    }

    /** ShouldProcess(target[, action]): the action defaults to the function's name, as for cmdlets. */
    private boolean shouldProcess(Object target, Object action) {
        return runtime().shouldProcess(ShouldProcessRuntime.operationDescription(string(target),
                action != null ? string(action) : processor.metadata().name()), null, null);
    }

    /** ShouldProcess(description, warning, caption, [ref]$reason): the reason is set as pwsh's out parameter. */
    private boolean shouldProcess(Object description, Object warning, Object caption, Object reason) {
        boolean[] whatIf = new boolean[1];
        boolean result = runtime().shouldProcess(string(description), string(warning), string(caption), whatIf);
        ((PSReference) reason).setValue(new EnumValue(ShouldProcessRuntime.REASON, whatIf[0] ? 1 : 0));
        return result;
    }

    /** The [ref] yes-to-all and no-to-all are read before asking and updated after. */
    private boolean shouldContinue(Object query, Object caption, boolean securityImpact, Object yesToAll,
                                   Object noToAll) {
        PSReference yes = (PSReference) yesToAll;
        PSReference no = (PSReference) noToAll;
        boolean[] toAll = {LanguagePrimitives.isTrue(yes.getValue()), LanguagePrimitives.isTrue(no.getValue())};
        boolean result = runtime().shouldContinue(string(query), string(caption), securityImpact, toAll);
        yes.setValue(toAll[0]);
        no.setValue(toAll[1]);
        return result;
    }

    private ShouldProcessRuntime runtime() {
        if (shouldProcess == null) {
            shouldProcess = new ShouldProcessRuntime(processor.metadata(), processor.binder().commonParameters(),
                    processor.scope(), processor.context().host().ui(), processor.context().internalHost(),
                    this::writeVerbose);
        }
        return shouldProcess;
    }

    /** Shown under -Verbose or $VerbosePreference, as Write-Verbose in the function would be. */
    private void writeVerbose(String message) {
        if (processor.preferences().verbose() == ActionPreference.Continue) {
            processor.context().streams().verbose().write(
                    new InformationalRecord(InformationalRecord.Kind.VERBOSE, message));
        }
    }
}
