package org.jposh.stdlib.events;

import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;

/** What Get-Event and Remove-Event share: the error for a source identifier or Id that matched no queued event. */
abstract class EventQueueCommand extends PSCmdlet {

    /**
     * pwsh's SourceIdentifierNotFound (for a name without wildcards) or EventIdentifierNotFound, the latter with
     * the command's own error id (Get-Event reports both as INVALID_SOURCE_IDENTIFIER, as pwsh does).
     *
     * @param eventIdentifier the Id asked for, or -1
     */
    protected final void writeNotFound(String sourceIdentifier, int eventIdentifier, String eventIdentifierErrorId) {
        if (sourceIdentifier != null && !WildcardPattern.containsWildcardCharacters(sourceIdentifier)) {
            writeError(errorRecord("Event with source identifier '" + sourceIdentifier + "' does not exist.",
                    "INVALID_SOURCE_IDENTIFIER", ErrorCategory.InvalidArgument, null, "ArgumentException"));
        } else if (eventIdentifier >= 0) {
            writeError(errorRecord("Event with identifier '" + eventIdentifier + "' does not exist.",
                    eventIdentifierErrorId, ErrorCategory.InvalidArgument, null, "ArgumentException"));
        }
    }
}
