package org.jposh.stdlib.events;

import java.util.concurrent.TimeUnit;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.runtime.events.PSEventArgs;

/**
 * Wait-Event: waits until the queue holds an event (of a source identifier, wildcards allowed) and returns the
 * oldest such, which stays queued; nothing when -Timeout seconds pass first (-1, the default: no limit). The
 * actions of subscribers run while it waits.
 */
@Cmdlet(verb = "Wait", noun = "Event")
public final class WaitEventCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String sourceIdentifier;

    @Parameter
    @Alias("TimeoutSec")
    @ValidateRange(min = -1, max = Integer.MAX_VALUE)
    private int timeout = -1;

    @Override
    protected void processRecord() {
        WildcardPattern pattern = sourceIdentifier == null ? null
                : new WildcardPattern(sourceIdentifier, WildcardPattern.IGNORE_CASE);
        long deadline = timeout < 0 ? -1 : System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        PSEventArgs event = PoshContext.get(null).events().waitForEvent(
                e -> pattern == null || pattern.isMatch(e.sourceIdentifier()), deadline);
        if (event != null) {
            writeObject(event);
        }
    }
}
