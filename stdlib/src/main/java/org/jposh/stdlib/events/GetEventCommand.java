package org.jposh.stdlib.events;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.runtime.events.PSEventArgs;

/** Get-Event: the events in the session's queue, all of them or those of a source identifier (wildcards) or Id. */
@Cmdlet(verb = "Get", noun = "Event", defaultParameterSetName = "BySource")
public final class GetEventCommand extends EventQueueCommand {
    @Parameter(position = 0, parameterSetName = "BySource", valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String sourceIdentifier;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ById", valueFromPipelineByPropertyName = true)
    @Alias("Id")
    private int eventIdentifier = -1;

    @Override
    protected void endProcessing() {
        WildcardPattern pattern = sourceIdentifier == null ? null
                : new WildcardPattern(sourceIdentifier, WildcardPattern.IGNORE_CASE);
        boolean found = false;
        for (PSEventArgs event : PoshContext.get(null).events().receivedEvents()) {
            if ((pattern == null || pattern.isMatch(event.sourceIdentifier()))
                    && (eventIdentifier < 0 || event.eventIdentifier() == eventIdentifier)) {
                writeObject(event);
                found = true;
            }
        }
        if (!found) {
            writeNotFound(sourceIdentifier, eventIdentifier, "INVALID_SOURCE_IDENTIFIER");
        }
    }
}
