package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;

/**
 * A PowerShell error: the exception (whose message it shows), the FullyQualifiedErrorId scripts and
 * tests match on, its category, the object it concerns and where in the script it happened. Scripts
 * see it as {@code $_} in catch blocks and traps and in {@code $Error}, with pwsh's members
 * (Exception, FullyQualifiedErrorId, CategoryInfo, TargetObject, InvocationInfo, ErrorDetails,
 * ScriptStackTrace); its string is the message.
 *
 * <p>The record is immutable except for what pwsh also fills in later: where it happened (set once,
 * by the statement that reports an error raised without a position), its ErrorDetails, and the
 * CategoryInfo fields Write-Error can override.
 */
public final class ErrorRecord {
    private static final String SMA = "System.Management.Automation";

    public static final DotNetType TYPE = register("ErrorRecord", ErrorRecord.class, ErrorRecord::defineMembers);
    private static final DotNetType CATEGORY_INFO_TYPE = register("ErrorCategoryInfo", CategoryInfo.class,
            CategoryInfo::defineMembers);
    private static final DotNetType INVOCATION_INFO_TYPE = register("InvocationInfo", Invocation.class,
            Invocation::defineMembers);
    private static final DotNetType ERROR_DETAILS_TYPE = register("ErrorDetails", ErrorDetails.class,
            ErrorDetails::defineMembers);

    private final ExceptionValue exception;
    private String fullyQualifiedErrorId;
    private final ErrorCategory category;
    private final Object targetObject;
    private String commandName;
    private Extent extent;
    private boolean positionInMessage;
    private ErrorDetails errorDetails;
    private String activity;
    private String reason;
    private String targetName;
    private String targetType;
    /** The call stack where the error happened, taken when its position is set, as pwsh's LockScriptStackTrace. */
    private String scriptStackTrace;

    /**
     * An error of PowerShell itself or of a command.
     *
     * @param commandName the command that reported it, or null for errors of the language itself
     * @param exceptionType the .NET exception type PowerShell would use, without namespace, shown as the reason
     */
    public ErrorRecord(String message, String fullyQualifiedErrorId, ErrorCategory category, Object targetObject,
                       String commandName, String exceptionType, Extent extent) {
        this(ExceptionValue.of(exceptionType == null ? "RuntimeException" : exceptionType, message),
                fullyQualifiedErrorId, category, targetObject);
        this.commandName = commandName;
        this.extent = extent;
        if (extent != null) {
            lockScriptStackTrace(extent);
        }
    }

    /** As .NET's {@code new ErrorRecord(exception, errorId, category, targetObject)}. */
    public ErrorRecord(ExceptionValue exception, String fullyQualifiedErrorId, ErrorCategory category,
                       Object targetObject) {
        this.exception = exception;
        this.fullyQualifiedErrorId = fullyQualifiedErrorId == null ? "" : fullyQualifiedErrorId;
        this.category = category;
        this.targetObject = targetObject;
        exception.setErrorRecord(this);
    }

    /**
     * The record {@code throw value} raises (pwsh's ExceptionHandlingOps.ConvertToException): an error
     * record itself; the record a PowerShell exception carries; for another exception, a record with the
     * message as its id; for anything else (text, objects, $null as "ScriptHalted"), a RuntimeException
     * with the value's text as message and id and the value as target.
     */
    public static ErrorRecord fromThrownValue(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof ErrorRecord error) {
            return error;
        }
        if (base instanceof ScriptObject script && script.baseObject() instanceof ExceptionValue derived) {
            base = derived;
        }
        if (base instanceof ExceptionValue exception) {
            if (ExceptionTypes.RUNTIME_EXCEPTION.isAssignableFrom(exception.dotNetType())) {
                return ExceptionTypes.errorRecordOf(exception);
            }
            return new ErrorRecord(exception, exception.message(), ErrorCategory.OperationStopped, null);
        }
        String message = LanguagePrimitives.isNull(value) ? "ScriptHalted" : LanguagePrimitives.toStringValue(value);
        return new ErrorRecord(new ExceptionValue(ExceptionTypes.RUNTIME_EXCEPTION, message, null), message,
                ErrorCategory.OperationStopped, LanguagePrimitives.isNull(value) ? null : value);
    }

    /** A copy of the record, which can then be given other CategoryInfo, as Write-Error -ErrorRecord does. */
    public ErrorRecord copy() {
        return withException(exception);
    }

    /**
     * The error as a cmdlet reports what failed inside it (Invoke-Expression's script): its id gets the
     * cmdlet's type name, as pwsh's error ids do ({@code TypeNotFound,...InvokeExpressionCommand}).
     */
    public ErrorRecord reportedBy(String commandTypeName) {
        if (fullyQualifiedErrorId.contains(",")) {
            return this;
        }
        ErrorRecord copy = withException(exception);
        copy.fullyQualifiedErrorId = fullyQualifiedErrorId + "," + commandTypeName;
        return copy;
    }

    /** The same error with another exception: {@code $_} in a catch clause that matched an inner exception. */
    public ErrorRecord withException(ExceptionValue other) {
        ErrorRecord copy = new ErrorRecord(other, fullyQualifiedErrorId, category, targetObject);
        copy.commandName = commandName;
        copy.extent = extent;
        copy.errorDetails = errorDetails;
        copy.activity = activity;
        copy.reason = reason;
        copy.targetName = targetName;
        copy.targetType = targetType;
        copy.scriptStackTrace = scriptStackTrace;
        return copy;
    }

    /**
     * The record as its exception's ErrorRecord property shows it: the same record, its exception a
     * ParentContainsErrorRecordException with the message, as .NET's RuntimeException makes it, so that the record
     * an exception contains does not contain the exception again.
     */
    public ErrorRecord asContainedByException() {
        return withException(ExceptionValue.of("ParentContainsErrorRecordException", exception.message()));
    }

    /**
     * {@code new ErrorRecord(record, exception)}: a copy of the record, its exception replaced by {@code replacement}
     * when it is a ParentContainsErrorRecordException, as an exception's contained record has.
     */
    private ErrorRecord replacingParentContains(ExceptionValue replacement) {
        boolean replace = replacement != null
                && exception.dotNetType().fullName().equals(SMA + ".ParentContainsErrorRecordException");
        return withException(replace ? replacement : exception);
    }

    public ExceptionValue exception() {
        return exception;
    }

    /** The exception's message. */
    public String message() {
        return exception.message();
    }

    public String fullyQualifiedErrorId() {
        return fullyQualifiedErrorId;
    }

    public ErrorCategory category() {
        return category;
    }

    public Object targetObject() {
        return targetObject;
    }

    /** The command that reported the error, or null for errors of the language itself. */
    public String commandName() {
        return commandName;
    }

    /** The exception's type name without namespace, the reason CategoryInfo shows. */
    public String exceptionType() {
        return exception.dotNetType().name();
    }

    /** Where the error happened, or null when not known. */
    public Extent extent() {
        return extent;
    }

    /** Records the command that wrote an error and where, unless the record already says where it happened. */
    public void setInvocationIfAbsent(String command, Extent where) {
        if (extent == null && commandName == null) {
            commandName = command;
            extent = where;
        }
        lockScriptStackTrace(extent);
    }

    /**
     * Write-Error's record: the script command that wrote it (the function or script whose $MyInvocation it sees) is
     * the command that reported it, at that command's invocation, and named after the comma of the id when it has a
     * name, as pwsh's SetInvocationInfo does.
     *
     * @param prefix what the error view puts before the message ({@code f}, a script's path)
     * @param invocation where the command was invoked, or null (the host's invocation of a script)
     * @param commandName the command's name for the id, or "" when it has none
     */
    public void setWriterInvocation(String prefix, Extent invocation, String commandName) {
        this.commandName = prefix;
        extent = invocation;
        if (!commandName.isEmpty() && !fullyQualifiedErrorId.isEmpty()) {
            fullyQualifiedErrorId = fullyQualifiedErrorId + "," + commandName;
        }
        lockScriptStackTrace(null);
    }

    /**
     * An advanced function's {@code $PSCmdlet.WriteError} or {@code ThrowTerminatingError}: the function becomes the
     * command that reported the error, at its invocation, whatever reported it before (pwsh's SetInvocationInfo), and
     * the id names it after the comma, as pwsh names a script command there ({@code NotFound,Get-Thing}).
     */
    public void setScriptCommandInvocation(String function, Extent invocation) {
        commandName = function;
        extent = invocation;
        int comma = fullyQualifiedErrorId.indexOf(',');
        String errorId = comma < 0 ? fullyQualifiedErrorId : fullyQualifiedErrorId.substring(0, comma);
        fullyQualifiedErrorId = errorId.isEmpty() ? errorId : errorId + "," + function;
        lockScriptStackTrace(null);
    }

    /** Records where an error raised without a position happened: the statement that reports it. */
    public void setExtentIfAbsent(Extent where) {
        if (extent == null && !positionInMessage) {
            extent = where;
        }
        lockScriptStackTrace(extent);
    }

    /**
     * Takes the script frames running now as the record's ScriptStackTrace, once: the thread raising the error
     * runs them.
     *
     * @param innermostPosition the innermost frame's position, or null for the one it marked itself
     */
    private void lockScriptStackTrace(Extent innermostPosition) {
        if (scriptStackTrace == null) {
            PoshContext context = PoshContext.enteredOrOnly();
            if (context != null) {
                scriptStackTrace = context.sessionState().callStack().scriptStackTrace(innermostPosition);
            }
        }
    }

    /**
     * Says that the message already gives the position, as a ParseException's does: the record then
     * never takes the position of the statement that raised it, which pwsh would not show either.
     */
    public ErrorRecord positionedByMessage() {
        positionInMessage = true;
        return this;
    }

    public ErrorDetails errorDetails() {
        return errorDetails;
    }

    public void setErrorDetails(String message) {
        errorDetails = message == null ? null : new ErrorDetails(message);
    }

    /** Write-Error's -CategoryActivity, -CategoryReason, -CategoryTargetName and -CategoryTargetType; null keeps the default. */
    public void setCategoryInfo(String activity, String reason, String targetName, String targetType) {
        this.activity = activity;
        this.reason = reason;
        this.targetName = targetName;
        this.targetType = targetType;
    }

    /** The error as PowerShell's NormalView prints it. */
    public String normalView() {
        StringBuilder sb = new StringBuilder();
        if (commandName != null) {
            sb.append(commandName).append(" : ");
        }
        sb.append(this).append('\n');
        if (extent != null) {
            sb.append(extent.positionMessage()).append('\n');
        }
        sb.append("    + CategoryInfo          : ").append(categoryInfo()).append('\n');
        sb.append("    + FullyQualifiedErrorId : ").append(fullyQualifiedErrorId);
        return sb.toString();
    }

    /** {@code Category: (TargetName:TargetType) [Activity], Reason}, as ErrorCategoryInfo.GetMessage. */
    public String categoryInfo() {
        return new CategoryInfo(this).toString();
    }

    /** The script frames that ran where the error happened, innermost first (pwsh's ScriptStackTrace); "" when unknown. */
    public String scriptStackTrace() {
        return scriptStackTrace == null ? "" : scriptStackTrace;
    }

    /** ErrorRecord.ToString(): the ErrorDetails message when there is one, otherwise the exception's. */
    @Override
    public String toString() {
        return errorDetails != null && !errorDetails.message().isEmpty() ? errorDetails.message() : message();
    }

    private static DotNetType register(String name, Class<?> javaClass,
                                       java.util.function.Consumer<TypeAdapter.Builder> members) {
        DotNetType type = CoreTypes.define(SMA, name, javaClass, members);
        CoreTypes.register(type);
        return type;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("Exception", ExceptionTypes.EXCEPTION, e -> ((ErrorRecord) e).exception.value());
        b.property("TargetObject", CoreTypes.OBJECT, e -> ((ErrorRecord) e).targetObject);
        b.property("CategoryInfo", CATEGORY_INFO_TYPE, e -> new CategoryInfo((ErrorRecord) e));
        b.property("FullyQualifiedErrorId", CoreTypes.STRING, e -> ((ErrorRecord) e).fullyQualifiedErrorId);
        b.property("ErrorDetails", ERROR_DETAILS_TYPE, e -> ((ErrorRecord) e).errorDetails,
                (e, v) -> ((ErrorRecord) e).errorDetails = (ErrorDetails) PSObject.base(v));
        b.property("InvocationInfo", INVOCATION_INFO_TYPE, e -> ((ErrorRecord) e).extent == null ? null
                : new Invocation((ErrorRecord) e));
        b.property("ScriptStackTrace", CoreTypes.STRING, e -> ((ErrorRecord) e).scriptStackTrace());
        b.property("PipelineIterationInfo", CoreTypes.OBJECT_ARRAY, e -> new Object[0]);
        b.method("ToString", CoreTypes.STRING, (e, a) -> e.toString());
        b.constructor((e, a) -> new ErrorRecord(ExceptionTypes.exception(a[0]), (String) a[1],
                        ErrorCategory.of((EnumValue) a[2]), a[3]),
                param("exception", ExceptionTypes.EXCEPTION), param("errorId", CoreTypes.STRING),
                param("errorCategory", ErrorCategory.dotNetType()), param("targetObject", CoreTypes.OBJECT));
        b.constructor((e, a) -> ((ErrorRecord) PSObject.base(a[0])).replacingParentContains(
                        a[1] == null ? null : ExceptionTypes.exception(a[1])),
                param("errorRecord", TYPE), param("replaceParentContainsErrorRecordException",
                        ExceptionTypes.EXCEPTION));
    }

    /** $_.CategoryInfo: the category and the activity, reason and target it shows. */
    public static final class CategoryInfo {
        private final ErrorRecord error;

        CategoryInfo(ErrorRecord error) {
            this.error = error;
        }

        public ErrorCategory category() {
            return error.category;
        }

        public String activity() {
            return error.activity != null ? error.activity : error.commandName == null ? "" : error.commandName;
        }

        public String reason() {
            return error.reason != null ? error.reason : error.exceptionType();
        }

        public String targetName() {
            if (error.targetName != null) {
                return error.targetName;
            }
            // the target's ToString(), not PowerShell's conversion: an array is its type's name, not its elements
            // joined, and a type its full name
            return error.targetObject == null ? "" : LanguagePrimitives.dotNetToString(error.targetObject);
        }

        public String targetType() {
            if (error.targetType != null) {
                return error.targetType;
            }
            return error.targetObject == null ? "" : TypeNames.shortName(error.targetObject);
        }

        @Override
        public String toString() {
            return category() + ": (" + targetName() + ":" + targetType() + ") [" + activity() + "], " + reason();
        }

        private static void defineMembers(TypeAdapter.Builder b) {
            b.property("Category", ErrorCategory.dotNetType(), c -> ((CategoryInfo) c).category().toEnumValue());
            b.property("Activity", CoreTypes.STRING, c -> ((CategoryInfo) c).activity());
            b.property("Reason", CoreTypes.STRING, c -> ((CategoryInfo) c).reason());
            b.property("TargetName", CoreTypes.STRING, c -> ((CategoryInfo) c).targetName());
            b.property("TargetType", CoreTypes.STRING, c -> ((CategoryInfo) c).targetType());
            b.method("GetMessage", CoreTypes.STRING, (c, a) -> c.toString());
            b.method("ToString", CoreTypes.STRING, (c, a) -> c.toString());
        }
    }

    /** $_.InvocationInfo: the command and the place in the script where the error happened. */
    public static final class Invocation {
        private final ErrorRecord error;

        Invocation(ErrorRecord error) {
            this.error = error;
        }

        /** As .NET's Object.ToString(), which InvocationInfo keeps: its type's name (Format-List * -Force shows it). */
        @Override
        public String toString() {
            return INVOCATION_INFO_TYPE.fullName();
        }

        private static void defineMembers(TypeAdapter.Builder b) {
            b.property("MyCommand", CoreTypes.STRING, i -> ((Invocation) i).error.commandName);
            b.property("InvocationName", CoreTypes.STRING, i -> {
                String name = ((Invocation) i).error.commandName;
                return name == null ? "" : name;
            });
            b.property("ScriptName", CoreTypes.STRING, i -> {
                String file = extent(i).file();
                return file == null ? "" : file;
            });
            b.property("ScriptLineNumber", CoreTypes.INT32, i -> extent(i).startLine());
            b.property("OffsetInLine", CoreTypes.INT32, i -> extent(i).startColumn());
            b.property("Line", CoreTypes.STRING, i -> extent(i).source().line(extent(i).startLine()));
            b.property("PositionMessage", CoreTypes.STRING, i -> extent(i).positionMessage());
        }

        private static Extent extent(Object invocation) {
            return ((Invocation) invocation).error.extent;
        }
    }

    /** $_.ErrorDetails: a message shown instead of the exception's. */
    public record ErrorDetails(String message) {
        @Override
        public String toString() {
            return message;
        }

        private static void defineMembers(TypeAdapter.Builder b) {
            b.property("Message", CoreTypes.STRING, d -> ((ErrorDetails) d).message());
            b.property("RecommendedAction", CoreTypes.STRING, d -> "");
            b.method("ToString", CoreTypes.STRING, (d, a) -> d.toString());
            b.constructor((d, a) -> new ErrorDetails(LanguagePrimitives.toStringValue(a[0])),
                    param("message", CoreTypes.STRING));
        }
    }
}
