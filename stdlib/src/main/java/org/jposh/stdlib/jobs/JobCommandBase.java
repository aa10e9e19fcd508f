package org.jposh.stdlib.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * The base of the job cmdlets (pwsh's JobCmdletBase): finding the session's jobs by Id, name
 * (wildcards), instance id or state, with pwsh's errors for an Id or name that matches nothing.
 */
abstract class JobCommandBase extends PSCmdlet {
    static final String ID_SET = "SessionIdParameterSet";
    static final String NAME_SET = "NameParameterSet";
    static final String INSTANCE_ID_SET = "InstanceIdParameterSet";
    static final String STATE_SET = "StateParameterSet";
    static final String JOB_SET = "JobParameterSet";

    final JobRepository repository() {
        return JobRepository.of(sessionState());
    }

    /** The jobs with these Ids, in the order given; an Id without a job is an error. */
    final List<Job> jobsById(int[] ids) {
        Set<Job> found = new LinkedHashSet<>();
        for (int id : ids) {
            boolean any = false;
            for (Job job : repository().jobs()) {
                if (job.id() == id) {
                    found.add(job);
                    any = true;
                }
            }
            if (!any) {
                writeError(errorRecord("The command cannot find a job with the job ID " + id + ". Verify the value of "
                        + "the Id parameter and then try the command again.", "JobWithSpecifiedSessionNotFound",
                        ErrorCategory.ObjectNotFound, id, "PSArgumentException"));
            }
        }
        return new ArrayList<>(found);
    }

    /** The jobs whose names match; a name without wildcards that matches nothing is an error. */
    final List<Job> jobsByName(String[] names) {
        Set<Job> found = new LinkedHashSet<>();
        for (String name : names) {
            WildcardPattern pattern = new WildcardPattern(name, WildcardPattern.IGNORE_CASE);
            boolean any = false;
            for (Job job : repository().jobs()) {
                if (pattern.isMatch(job.name())) {
                    found.add(job);
                    any = true;
                }
            }
            if (!any && !WildcardPattern.containsWildcardCharacters(name)) {
                writeError(errorRecord("The command cannot find the job because the job name " + name + " was not "
                        + "found. Verify the value of the Name parameter, and then try the command again.",
                        "JobWithSpecifiedNameNotFound", ErrorCategory.ObjectNotFound, name, "PSArgumentException"));
            }
        }
        return new ArrayList<>(found);
    }

    final List<Job> jobsByInstanceId(UUID[] instanceIds) {
        List<Job> found = new ArrayList<>();
        for (UUID instanceId : instanceIds) {
            boolean any = false;
            for (Job job : repository().jobs()) {
                if (job.instanceId().equals(instanceId)) {
                    found.add(job);
                    any = true;
                }
            }
            if (!any) {
                writeError(errorRecord("The command cannot find a job with the instance identifier " + instanceId
                        + ". Verify the value of the InstanceId parameter, and then try the command again.",
                        "JobWithSpecifiedInstanceIdNotFound", ErrorCategory.ObjectNotFound, instanceId,
                        "PSArgumentException"));
            }
        }
        return found;
    }

    /** The jobs in a state; {@code state} is converted to JobState as the parameter would be. */
    final List<Job> jobsByState(Object state) {
        EnumValue wanted = (EnumValue) LanguagePrimitives.convertTo(state, Job.STATE);
        List<Job> found = new ArrayList<>();
        for (Job job : repository().jobs()) {
            if (job.state() == wanted.value()) {
                found.add(job);
            }
        }
        return found;
    }
}
