package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.ExceptionValue;

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
        writeError(error);
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
