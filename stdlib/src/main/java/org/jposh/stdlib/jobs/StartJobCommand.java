package org.jposh.stdlib.jobs;

import org.jposh.interpreter.commands.Cmdlet;

/**
 * Start-Job: runs a script block in a background job (PSJobTypeName BackgroundJob) and returns the job.
 * The block's text runs in a new session; -ArgumentList binds to its param block or $args, and the
 * -InputObject values (or pipeline input) are its $input; {@code $using:x} reads the caller's $x.
 */
@Cmdlet(verb = "Start", noun = "Job", defaultParameterSetName = "ComputerName")
public final class StartJobCommand extends ThreadedJobCommandBase {
    public StartJobCommand() {
        super(Job.Type.BACKGROUND);
    }
}
