package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.PSRuntimeException;

/** Clear-Variable: sets variables to $null, keeping them; read-only ones only with -Force. */
@Cmdlet(verb = "Clear", noun = "Variable")
public final class ClearVariableCommand extends VariableCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Parameter
    private String scope;

    @Override
    protected void processRecord() {
        for (String pattern : name) {
            List<Found> matches = matching(pattern, scope, include, exclude);
            for (Found found : matches) {
                if (found.variable().isConstant() || (found.variable().isReadOnly() && !force)) {
                    writeNotWritable(found.variable().getName());
                    continue;
                }
                try {
                    found.variable().forceValue(null);
                } catch (PSRuntimeException e) {
                    writeError(errorRecord(e, found.variable().getName()));
                    continue;
                }
                if (passThru) {
                    writeObject(found.variable());
                }
            }
            if (matches.isEmpty() && reportsNotFound(pattern)) {
                writeNotFound(pattern);
            }
        }
    }
}
