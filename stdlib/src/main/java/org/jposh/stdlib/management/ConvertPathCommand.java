package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;

/** Convert-Path: the provider paths (plain file system paths here) of the existing items the paths name, wildcards expanded. */
@UsesFileSystem
@Cmdlet(verb = "Convert", noun = "Path", defaultParameterSetName = "Path")
public final class ConvertPathCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        for (Path item : resolveExisting(literal ? literalPath : path, literal, false)) {
            writeObject(item.toString());
        }
    }
}
