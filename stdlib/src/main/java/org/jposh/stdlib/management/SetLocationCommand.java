package org.jposh.stdlib.management;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;

/**
 * Set-Location: makes a container the session's current location; without a path, the home directory.
 * (Not yet: {@code cd -} and {@code cd +} history, and -StackName, which changes the default stack.)
 */
@UsesFileSystem
@Cmdlet(verb = "Set", noun = "Location", defaultParameterSetName = "Path")
public final class SetLocationCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String literalPath;

    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String target = literal ? literalPath : path == null || path.isEmpty() ? "~" : path;
        try {
            sessionState().setLocation(LocationChange.target(provider(), target, literal));
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        if (passThru) {
            writeObject(new PathInfo(sessionState().location()));
        }
    }
}
