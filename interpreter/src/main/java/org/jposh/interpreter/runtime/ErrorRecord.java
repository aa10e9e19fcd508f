package org.jposh.interpreter.runtime;

import org.jposh.grammar.ast.Extent;

/**
 * A PowerShell error: the exception message, the FullyQualifiedErrorId scripts and tests match on,
 * its category, the object it concerns and where in the script it happened.
 *
 * @param commandName the command that reported it, or null for errors of the language itself
 * @param exceptionType the .NET exception type name PowerShell would use, shown as the reason
 */
public record ErrorRecord(String message, String fullyQualifiedErrorId, ErrorCategory category,
                          Object targetObject, String commandName, String exceptionType, Extent extent) {

    /** The error as PowerShell's NormalView prints it. */
    public String normalView() {
        StringBuilder sb = new StringBuilder();
        if (commandName != null) {
            sb.append(commandName).append(" : ");
        }
        sb.append(message).append('\n');
        if (extent != null) {
            sb.append(extent.positionMessage()).append('\n');
        }
        sb.append("    + CategoryInfo          : ").append(categoryInfo()).append('\n');
        sb.append("    + FullyQualifiedErrorId : ").append(fullyQualifiedErrorId);
        return sb.toString();
    }

    /** {@code Category: (TargetName:TargetType) [Activity], Reason}, as ErrorCategoryInfo.GetMessage. */
    public String categoryInfo() {
        String targetName = targetObject == null ? "" : LanguagePrimitives.toStringValue(targetObject);
        String targetType = targetObject == null ? "" : TypeNames.shortName(targetObject);
        return category + ": (" + targetName + ":" + targetType + ") [" + (commandName == null ? "" : commandName)
                + "], " + exceptionType;
    }
}
