package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;

/** Clear-Content: empties existing files, keeping them. */
@UsesFileSystem
@Cmdlet(verb = "Clear", noun = "Content", defaultParameterSetName = "Path", supportsShouldProcess = true)
public final class ClearContentCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        for (Path file : resolveExisting(literal ? literalPath : path, literal, force)) {
            if (Files.isDirectory(file)) {
                writeError(errorRecord("Unable to write content because it is a directory: '" + file + "'.",
                        "WriteContainerContentException", ErrorCategory.InvalidOperation, null,
                        "InvalidOperationException"));
                continue;
            }
            if (!shouldProcess("Item: " + file, "Clear Content")) {
                continue;
            }
            try {
                Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE).close();
            } catch (IOException e) {
                writeError(errorRecord(IoMessages.of(e, file), "ClearContentIOError", ErrorCategory.WriteError,
                        file.toString(), "IOException"));
            }
        }
    }
}
