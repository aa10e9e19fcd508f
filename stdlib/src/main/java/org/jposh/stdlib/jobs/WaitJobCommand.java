package org.jposh.stdlib.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;

/**
 * Wait-Job: waits until all the jobs have ended (or, with -Any, one of them) and returns the ended
 * ones; after -Timeout seconds (-1: no limit) it returns nothing.
 */
@Cmdlet(verb = "Wait", noun = "Job", defaultParameterSetName = JobCommandBase.ID_SET)
public final class WaitJobCommand extends SelectJobCommandBase {
    @Parameter
    private boolean any;

    @Parameter
    @Alias("TimeoutSec")
    @ValidateRange(min = -1, max = Integer.MAX_VALUE)
    private int timeout = -1;

    @Parameter
    private boolean force;

    private final Set<Job> jobs = new LinkedHashSet<>();

    @Override
    protected void processRecord() {
        jobs.addAll(selectedJobs());
    }

    @Override
    protected void endProcessing() {
        if (jobs.isEmpty()) {
            return;
        }
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.SECONDS.toNanos(timeout);
        boolean done = repository().await(() -> any ? jobs.stream().anyMatch(Job::isFinished)
                : jobs.stream().allMatch(Job::isFinished), deadline);
        if (!done) {
            return;
        }
        List<Job> finished = new ArrayList<>(jobs.stream().filter(Job::isFinished).toList());
        if (any) {
            writeObject(finished.getFirst());
        } else {
            finished.forEach(this::writeObject);
        }
    }
}
