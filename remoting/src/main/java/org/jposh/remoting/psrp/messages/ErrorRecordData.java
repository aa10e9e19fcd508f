package org.jposh.remoting.psrp.messages;

import java.util.List;
import java.util.Objects;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * A serialized ErrorRecord (MS-PSRP 2.2.3.15), in the shape of pwsh's ErrorRecord.ToPSObjectForRemoting:
 * note properties {@code Exception}, {@code TargetObject}, {@code FullyQualifiedErrorId},
 * {@code InvocationInfo}, the flattened {@code ErrorCategory_*} and {@code ErrorDetails_*} fields,
 * {@code SerializeExtendedInfo} and, when that is true, the flattened InvocationInfo.
 *
 * <p>This is a view over the received object, which it keeps whole so that it re-encodes exactly;
 * {@link #create} builds a new one as pwsh does.
 */
public final class ErrorRecordData {
    private static final String[] TYPE_NAMES = {"System.Management.Automation.ErrorRecord", "System.Object"};

    /** System.Management.Automation.ErrorCategory names, by value. */
    private static final List<String> CATEGORIES = List.of("NotSpecified", "OpenError", "CloseError", "DeviceError",
            "DeadlockDetected", "InvalidArgument", "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType",
            "MetadataError", "NotImplemented", "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout",
            "SyntaxError", "ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable",
            "ReadError", "WriteError", "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError",
            "AuthenticationError", "LimitsExceeded", "QuotaExceeded", "NotEnabled");

    private final PsObjectData data;

    public ErrorRecordData(PsObjectData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /** The serialized object, as received or built. */
    public PsObjectData data() {
        return data;
    }

    /**
     * A new error record in pwsh's remoting shape, for an exception of the given .NET type hierarchy
     * (most derived first, ending before System.Exception, e.g. {@code System.Management.Automation.RuntimeException,
     * System.SystemException}).
     */
    public static ErrorRecordData create(List<String> exceptionTypes, String message, String errorId, int category,
            String activity, String targetName, String targetType, Object targetObject) {
        if (category < 0 || category >= CATEGORIES.size()) {
            throw new IllegalArgumentException("Unknown ErrorCategory " + category);
        }
        String exceptionType = exceptionTypes.get(0);
        PsObjectData exception = new PsObjectData();
        exception.typeNames().addAll(exceptionTypes);
        exception.typeNames().add("System.Exception");
        exception.typeNames().add("System.Object");
        exception.setToStringValue(exceptionType + ": " + message)
                .addAdapted("Message", message)
                .addAdapted("Data", new PsObjectData("System.Collections.ListDictionaryInternal", "System.Object")
                        .setBaseValue(new PsDictionary()))
                .addAdapted("InnerException", null)
                .addAdapted("TargetSite", null)
                .addAdapted("StackTrace", null)
                .addAdapted("HelpLink", null)
                .addAdapted("Source", null)
                .addAdapted("HResult", -2146233087);
        String reason = exceptionType.substring(exceptionType.lastIndexOf('.') + 1);
        PsObjectData record = new PsObjectData(TYPE_NAMES).setToStringValue(message)
                .addExtended("Exception", exception)
                .addExtended("TargetObject", targetObject)
                .addExtended("FullyQualifiedErrorId", errorId)
                .addExtended("InvocationInfo", null)
                .addExtended("ErrorCategory_Category", category)
                .addExtended("ErrorCategory_Activity", activity)
                .addExtended("ErrorCategory_Reason", reason)
                .addExtended("ErrorCategory_TargetName", targetName)
                .addExtended("ErrorCategory_TargetType", targetType)
                .addExtended("ErrorCategory_Message", categoryMessage(CATEGORIES.get(category), activity, reason, targetName, targetType))
                .addExtended("SerializeExtendedInfo", false);
        return new ErrorRecordData(record);
    }

    /** ErrorCategoryInfo.GetMessage: {@code Category: (TargetName:TargetType) [Activity], Reason}. */
    private static String categoryMessage(String category, String activity, String reason, String targetName, String targetType) {
        return category + ": (" + targetName + ":" + targetType + ") [" + activity + "], " + reason;
    }

    /** The exception object (type names, Message in its adapted properties), or null. */
    public PsObjectData exception() {
        return data.propertyValue("Exception") instanceof PsObjectData e ? e : null;
    }

    /** The exception's message: its Message property, else the record's ToString. */
    public String message() {
        PsObjectData e = exception();
        if (e != null && e.propertyValue("Message") instanceof String m) {
            return m;
        }
        return data.toStringValue();
    }

    public String fullyQualifiedErrorId() {
        return string("FullyQualifiedErrorId");
    }

    public Object targetObject() {
        return data.propertyValue("TargetObject");
    }

    /** The ErrorCategory number (0 NotSpecified when absent). */
    public int category() {
        return Fields.unwrap(data.propertyValue("ErrorCategory_Category")) instanceof Integer c ? c : 0;
    }

    /** The ErrorCategory name, as pwsh prints it in CategoryInfo. */
    public String categoryName() {
        int c = category();
        return c >= 0 && c < CATEGORIES.size() ? CATEGORIES.get(c) : Integer.toString(c);
    }

    public String categoryActivity() {
        return string("ErrorCategory_Activity");
    }

    public String categoryReason() {
        return string("ErrorCategory_Reason");
    }

    public String categoryTargetName() {
        return string("ErrorCategory_TargetName");
    }

    public String categoryTargetType() {
        return string("ErrorCategory_TargetType");
    }

    /** The sender's rendering of the CategoryInfo ({@code OperationStopped: (:) [], PipelineStoppedException}). */
    public String categoryMessage() {
        return string("ErrorCategory_Message");
    }

    public String errorDetailsMessage() {
        return string("ErrorDetails_Message");
    }

    public String recommendedAction() {
        return string("ErrorDetails_RecommendedAction");
    }

    public String scriptStackTrace() {
        return string("ErrorDetails_ScriptStackTrace");
    }

    private String string(String name) {
        return Fields.unwrap(data.propertyValue(name)) instanceof String s ? s : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ErrorRecordData e && data.equals(e.data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    @Override
    public String toString() {
        return message();
    }
}
