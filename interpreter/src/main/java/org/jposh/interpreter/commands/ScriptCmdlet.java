package org.jposh.interpreter.commands;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * {@code $PSCmdlet} in an advanced function (pwsh's PSScriptCmdlet): the parameter set the binder
 * chose, and the cmdlet methods a function calls to write objects and errors, stop with an error or
 * ask ShouldProcess. What it writes goes where the function's own output and errors go (so
 * -OutVariable and -ErrorVariable see it).
 */
public final class ScriptCmdlet {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSScriptCmdlet",
            ScriptCmdlet.class, ScriptCmdlet::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private final ScriptCommandProcessor processor;

    ScriptCmdlet(ScriptCommandProcessor processor) {
        this.processor = processor;
    }

    /** The function the variable belongs to. */
    ScriptCommandProcessor processor() {
        return processor;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("ParameterSetName", CoreTypes.STRING, c -> ((ScriptCmdlet) c).processor.binder().parameterSetName());
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
            error.setInvocationIfAbsent(p.metadata().name(), p.extent());
            throw new PoshException(error, null);
        }, param("errorRecord", CoreTypes.OBJECT));
        b.method("ShouldProcess", CoreTypes.BOOLEAN, (c, a) -> ((ScriptCmdlet) c).shouldProcess(
                LanguagePrimitives.toStringValue(a[0]), null), param("target", CoreTypes.STRING));
        b.method("ShouldProcess", CoreTypes.BOOLEAN, (c, a) -> ((ScriptCmdlet) c).shouldProcess(
                LanguagePrimitives.toStringValue(a[0]), LanguagePrimitives.toStringValue(a[1])),
                param("target", CoreTypes.STRING), param("action", CoreTypes.STRING));
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

    /** As a cmdlet's WriteError: -ErrorAction or $ErrorActionPreference decide, $Error keeps it. */
    private void writeError(ErrorRecord error) {
        error.setInvocationIfAbsent(processor.metadata().name(), processor.extent());
        processor.context().countError();
        ActionPreference preference = processor.preferences().error();
        if (preference == ActionPreference.Ignore) {
            return;
        }
        if (preference == ActionPreference.Stop) {
            throw new PoshException(error, null, PoshException.Severity.STOPPED);
        }
        processor.context().sessionState().recordError(error);
        if (preference != ActionPreference.SilentlyContinue) {
            processor.context().streams().error().write(error);
        }
    }

    /** True unless -WhatIf was given, in which case the host is told what would have happened. */
    private boolean shouldProcess(String target, String action) {
        Boolean whatIf = processor.binder().commonParameters().whatIf();
        if (Boolean.TRUE.equals(whatIf)) {
            processor.context().host().ui().writeLine("What if: Performing the operation \""
                    + (action != null ? action : processor.metadata().name()) + "\" on target \"" + target + "\".");
            return false;
        }
        return true;
    }
}
