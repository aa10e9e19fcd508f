package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;

/** Get-Variable: variables as PSVariable objects (or with -ValueOnly their values), sorted by name. */
@Cmdlet(verb = "Get", noun = "Variable")
public final class GetVariableCommand extends VariableCommandBase {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter
    private boolean valueOnly;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private String scope;

    @Override
    protected void processRecord() {
        for (String pattern : name == null ? new String[] {"*"} : name) {
            List<Found> matches = matching(pattern, scope, include, exclude);
            for (Found found : matches) {
                writeObject(valueOnly ? found.variable().getValue() : found.variable());
            }
            if (matches.isEmpty() && reportsNotFound(pattern)) {
                writeNotFound(pattern);
            }
        }
    }
}
