package org.jposh.stdlib.events;

import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.runtime.events.PSEventArgs;
import org.jposh.interpreter.runtime.events.PSEventManager;

/** Remove-Event: removes events from the queue, by source identifier (wildcards) or by Id. */
@Cmdlet(verb = "Remove", noun = "Event", defaultParameterSetName = "BySource", supportsShouldProcess = true)
public final class RemoveEventCommand extends EventQueueCommand {
    @Parameter(position = 0, mandatory = true, parameterSetName = "BySource")
    private String sourceIdentifier;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ByIdentifier",
            valueFromPipelineByPropertyName = true)
    private int eventIdentifier = -1;

    @Override
    protected void processRecord() {
        WildcardPattern pattern = sourceIdentifier == null ? null
                : new WildcardPattern(sourceIdentifier, WildcardPattern.IGNORE_CASE);
        PSEventManager events = PoshContext.get(null).events();
        List<PSEventArgs> received = events.receivedEvents();
        boolean found = false;
        // Newest first, as pwsh walks the queue.
        for (int i = received.size() - 1; i >= 0; i--) {
            PSEventArgs event = received.get(i);
            if ((pattern != null && !pattern.isMatch(event.sourceIdentifier()))
                    || (eventIdentifier >= 0 && event.eventIdentifier() != eventIdentifier)) {
                continue;
            }
            found = true;
            if (shouldProcess("Event '" + event.sourceIdentifier() + "'", "Remove")) {
                events.removeEvent(event);
            }
        }
        if (!found) {
            writeNotFound(sourceIdentifier, eventIdentifier, "INVALID_EVENT_IDENTIFIER");
        }
    }
}
