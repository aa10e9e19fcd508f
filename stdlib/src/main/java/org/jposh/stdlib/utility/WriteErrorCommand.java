package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.ExternalScriptInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ScriptInfo;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.ScriptInvocation;

/**
 * Write-Error: writes a non-terminating error. With -Message the exception is a WriteErrorException
 * and the error id, unless -ErrorId gives one, its type name; with -Exception the message, when
 * given, becomes the record's ErrorDetails; -ErrorRecord writes a copy of a record. The -Category*
 * parameters override what CategoryInfo shows.
 */
@Cmdlet(verb = "Write", noun = "Error", defaultParameterSetName = "NoException")
public final class WriteErrorCommand extends PSCmdlet {
    @Parameter(parameterSetName = "WithException", mandatory = true)
    private ExceptionValue exception;

    @Parameter(parameterSetName = "NoException", position = 0, mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = "WithException")
    @Alias("Msg")
    @AllowNull
    @AllowEmptyString
    private String message;

    @Parameter(parameterSetName = "ErrorRecord", mandatory = true)
    private ErrorRecord errorRecord;

    @Parameter(parameterSetName = "NoException")
    @Parameter(parameterSetName = "WithException")
    private ErrorCategory category = ErrorCategory.NotSpecified;

    @Parameter(parameterSetName = "NoException")
    @Parameter(parameterSetName = "WithException")
    private String errorId;

    @Parameter(parameterSetName = "NoException")
    @Parameter(parameterSetName = "WithException")
    private Object targetObject;

    @Parameter
    private String recommendedAction;

    @Parameter
    @Alias("Activity")
    private String categoryActivity;

    @Parameter
    @Alias("Reason")
    private String categoryReason;

    @Parameter
    @Alias("TargetName")
    private String categoryTargetName;

    @Parameter
    @Alias("TargetType")
    private String categoryTargetType;

    @Override
    protected void processRecord() {
        ErrorRecord error;
        if (errorRecord != null) {
            error = errorRecord.copy();
        } else {
            ExceptionValue e = exception != null ? exception
                    : new ExceptionValue(ExceptionTypes.WRITE_ERROR_EXCEPTION, message == null ? "" : message, null);
            String id = errorId == null || errorId.isEmpty() ? e.dotNetType().fullName() : errorId;
            error = new ErrorRecord(e, id, category, targetObject);
            if (exception != null && message != null && !message.isEmpty()) {
                error.setErrorDetails(message);
            }
        }
        error.setCategoryInfo(nonEmpty(categoryActivity, "Write-Error"), nonEmpty(categoryReason, null),
                nonEmpty(categoryTargetName, null), nonEmpty(categoryTargetType, null));
        if (PSObject.base(sessionState().currentScope().get("MyInvocation")) instanceof ScriptInvocation caller) {
            reportAsCaller(error, caller);
        }
        writeError(error);
    }

    /**
     * pwsh reports the error of Write-Error as the function's or script's that called it (the $MyInvocation it
     * sees): the view names that command ({@code f : message}, a script by its path), at its invocation, and the id
     * ends in the command's name ({@code ...WriteErrorException,f}). A script block run by {@code &} is named by its
     * text in the view and has no name for the id.
     */
    private static void reportAsCaller(ErrorRecord error, ScriptInvocation caller) {
        Object command = caller.command();
        String name = command instanceof CommandInfo info ? info.name() : "";
        String prefix;
        if (command instanceof ExternalScriptInfo script) {
            prefix = script.path().toString();
        } else if (command instanceof ScriptInfo block) {
            prefix = block.definition();
        } else if (!caller.invocationName().matches("[&.]?")) {
            prefix = caller.invocationName();
        } else {
            prefix = name.isEmpty() ? null : name;
        }
        error.setWriterInvocation(prefix, caller.extent(), name);
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
