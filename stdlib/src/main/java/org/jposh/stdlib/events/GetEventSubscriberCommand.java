package org.jposh.stdlib.events;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.runtime.events.PSEventSubscriber;

/**
 * Get-EventSubscriber: the session's subscribers, all or by source identifier (wildcards) or subscription Id;
 * -SupportEvent ones only with -Force.
 */
@Cmdlet(verb = "Get", noun = "EventSubscriber", defaultParameterSetName = "BySource")
public final class GetEventSubscriberCommand extends PSCmdlet {
    @Parameter(position = 0, parameterSetName = "BySource", valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String sourceIdentifier;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ById", valueFromPipelineByPropertyName = true)
    @Alias("Id")
    private int subscriptionId = -1;

    @Parameter(position = 1)
    private boolean force;

    @Override
    protected void processRecord() {
        WildcardPattern pattern = sourceIdentifier == null ? null
                : new WildcardPattern(sourceIdentifier, WildcardPattern.IGNORE_CASE);
        boolean found = false;
        for (PSEventSubscriber subscriber : PoshContext.get(null).events().subscribers()) {
            if ((pattern != null && !pattern.isMatch(subscriber.sourceIdentifier()))
                    || (subscriptionId >= 0 && subscriber.subscriptionId() != subscriptionId)
                    || (subscriber.supportEvent() && !force)) {
                continue;
            }
            writeObject(subscriber);
            found = true;
        }
        if (found) {
            return;
        }
        if (sourceIdentifier != null && !WildcardPattern.containsWildcardCharacters(sourceIdentifier)) {
            writeError(errorRecord("Event subscription with source identifier '" + sourceIdentifier
                    + "' does not exist.", "INVALID_SOURCE_IDENTIFIER", ErrorCategory.InvalidArgument, null,
                    "ArgumentException"));
        } else if (subscriptionId >= 0) {
            writeError(errorRecord("Event subscription with identifier '" + subscriptionId + "' does not exist.",
                    "INVALID_SOURCE_IDENTIFIER", ErrorCategory.InvalidArgument, null, "ArgumentException"));
        }
    }
}
