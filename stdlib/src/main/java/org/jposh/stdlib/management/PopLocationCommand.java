package org.jposh.stdlib.management;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.SessionState;

/**
 * Pop-Location: returns to the location last pushed on the stack; an empty default stack leaves the
 * location as it is, without an error, as in pwsh.
 */
@UsesFileSystem
@Cmdlet(verb = "Pop", noun = "Location")
public final class PopLocationCommand extends CoreCommandBase {
    @Parameter
    private boolean passThru;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String stackName;

    @Override
    protected void processRecord() {
        String name = stackName == null ? SessionState.DEFAULT_STACK_NAME : stackName;
        if (!sessionState().hasLocationStack(name)) {
            writeError(ProviderException.stackNotFound(name));
            return;
        }
        Path top = sessionState().popLocation(name);
        if (top == null) {
            return;
        }
        if (!Files.isDirectory(top)) {
            writeError(ProviderException.pathNotFound(top.toString()));
            return;
        }
        sessionState().setLocation(top);
        if (passThru) {
            writeObject(new PathInfo(top));
        }
    }
}
