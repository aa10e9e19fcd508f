package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.SessionState;

/**
 * Get-Location: the session's current location as a PathInfo, or with -Stack the locations Push-Location
 * saved, most recent first. (-PSProvider and -PSDrive are left out: there is one provider and drive.)
 */
@Cmdlet(verb = "Get", noun = "Location", defaultParameterSetName = "Location")
public final class GetLocationCommand extends CoreCommandBase {
    @Parameter(parameterSetName = "Stack")
    private boolean stack;

    @Parameter(parameterSetName = "Stack", valueFromPipelineByPropertyName = true)
    private String[] stackName;

    @Override
    protected void processRecord() {
        if (!parameterSetName().equals("Stack")) {
            writeObject(new PathInfo(sessionState().location()));
            return;
        }
        String[] names = stackName == null ? new String[] {SessionState.DEFAULT_STACK_NAME} : stackName;
        for (String name : names) {
            if (!sessionState().hasLocationStack(name)) {
                writeError(ProviderException.stackNotFound(name));
                continue;
            }
            for (Path p : sessionState().locationStack(name)) {
                writeObject(new PathInfo(p));
            }
        }
    }
}
