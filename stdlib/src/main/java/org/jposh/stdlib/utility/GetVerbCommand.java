package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.WildcardPattern;

/** Get-Verb: PowerShell's approved verbs, those matching -Verb (wildcards) in the groups of -Group. */
@Cmdlet(verb = "Get", noun = "Verb")
public final class GetVerbCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String[] verb;

    @Parameter(position = 1, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @ValidateSet({"Common", "Communications", "Data", "Diagnostic", "Lifecycle", "Other", "Security"})
    private String[] group;

    @Override
    protected void processRecord() {
        List<WildcardPattern> patterns = Wildcards.patterns(verb);
        for (VerbInfo info : VerbInfo.all()) {
            if ((patterns.isEmpty() || Wildcards.matchesAny(patterns, info.verb())) && inGroups(info)) {
                writeObject(info);
            }
        }
    }

    private boolean inGroups(VerbInfo info) {
        if (group == null || group.length == 0) {
            return true;
        }
        for (String g : group) {
            if (g.equalsIgnoreCase(info.group())) {
                return true;
            }
        }
        return false;
    }
}
