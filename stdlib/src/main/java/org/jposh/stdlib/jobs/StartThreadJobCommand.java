package org.jposh.stdlib.jobs;

import org.jposh.interpreter.commands.Cmdlet;

/**
 * Start-ThreadJob (the ThreadJob module): as Start-Job, a script block in a new session on its own
 * thread, reported as PSJobTypeName ThreadJob with Location PowerShell and consecutive Ids.
 */
@Cmdlet(verb = "Start", noun = "ThreadJob", dotNetTypeName = "ThreadJob.StartThreadJobCommand")
public final class StartThreadJobCommand extends ThreadedJobCommandBase {
    public StartThreadJobCommand() {
        super(Job.Type.THREAD);
    }
}
