package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;

/**
 * Resolve-Path: the existing items the paths name, wildcards expanded, as PathInfo objects; with
 * -Relative as strings relative to the current location (or -RelativeBasePath), starting with
 * {@code ./} unless they start with a dot already, as pwsh writes them.
 */
@UsesFileSystem
@Cmdlet(verb = "Resolve", noun = "Path", defaultParameterSetName = "Path")
public final class ResolvePathCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean relative;

    @Parameter
    private String relativeBasePath;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        Path base;
        try {
            base = relativeBasePath == null ? sessionState().location() : provider().resolve(relativeBasePath);
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        boolean literal = literalPath != null;
        for (Path item : resolveExisting(literal ? literalPath : path, literal, force)) {
            if (!relative) {
                writeObject(new PathInfo(item));
                continue;
            }
            String text = base.relativize(item).toString();
            writeObject(text.startsWith(".") ? text : "./" + text);
        }
    }
}
