package org.jposh.stdlib.events;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.runtime.events.PSEventManager;
import org.jposh.interpreter.runtime.events.PSEventSubscriber;

/**
 * Unregister-Event: ends subscriptions, by source identifier (wildcards) or subscription Id; -SupportEvent ones
 * only with -Force. The events already queued stay.
 */
@Cmdlet(verb = "Unregister", noun = "Event", defaultParameterSetName = "BySource", supportsShouldProcess = true)
public final class UnregisterEventCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, parameterSetName = "BySource", valueFromPipelineByPropertyName = true)
    private String sourceIdentifier;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ById", valueFromPipelineByPropertyName = true)
    private int subscriptionId = -1;

    @Parameter
    private boolean force;

    private boolean found;

    @Override
    protected void processRecord() {
        WildcardPattern pattern = sourceIdentifier == null ? null
                : new WildcardPattern(sourceIdentifier, WildcardPattern.IGNORE_CASE);
        PSEventManager events = PoshContext.get(null).events();
        for (PSEventSubscriber subscriber : events.subscribers()) {
            boolean matches = (pattern != null && pattern.isMatch(subscriber.sourceIdentifier()))
                    || (subscriptionId >= 0 && subscriber.subscriptionId() == subscriptionId);
            if (!matches || (subscriber.supportEvent() && !force)) {
                continue;
            }
            found = true;
            if (shouldProcess("Event subscription '" + subscriber.sourceIdentifier() + "'", "Unsubscribe")) {
                events.unsubscribe(subscriber);
            }
        }
        // pwsh reports an unknown source identifier with the message for an unknown subscription Id.
        if (found) {
            return;
        }
        if (sourceIdentifier != null && !WildcardPattern.containsWildcardCharacters(sourceIdentifier)) {
            writeError(errorRecord("Event subscription with identifier '" + sourceIdentifier + "' does not exist.",
                    "INVALID_SOURCE_IDENTIFIER", ErrorCategory.InvalidArgument, null, "ArgumentException"));
        } else if (subscriptionId >= 0) {
            writeError(errorRecord("Event subscription with identifier '" + subscriptionId + "' does not exist.",
                    "INVALID_SUBSCRIPTION_IDENTIFIER", ErrorCategory.InvalidArgument, null, "ArgumentException"));
        }
    }
}
