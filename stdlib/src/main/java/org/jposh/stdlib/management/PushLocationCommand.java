package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.SessionState;

/** Push-Location: saves the current location on a stack, then moves to the path given (if any). */
@UsesFileSystem
@Cmdlet(verb = "Push", noun = "Location", defaultParameterSetName = "Path")
public final class PushLocationCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String path;

    @Parameter(parameterSetName = "LiteralPath", valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String literalPath;

    @Parameter
    private boolean passThru;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String stackName;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String target = literal ? literalPath : path;
        Path destination = null;
        if (target != null && !target.isEmpty()) {
            try {
                destination = LocationChange.target(provider(), target, literal);
            } catch (ProviderException e) {
                writeError(e);
                return;
            }
        }
        sessionState().pushLocation(stackName == null ? SessionState.DEFAULT_STACK_NAME : stackName);
        if (destination != null) {
            sessionState().setLocation(destination);
        }
        if (passThru) {
            writeObject(new PathInfo(sessionState().location()));
        }
    }
}
