package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Copy-Item: copies files (replacing existing files, as pwsh does) and directories: a directory alone
 * without -Recurse, with its contents with -Recurse. A destination that is an existing directory
 * receives the item under its own name; otherwise the destination is the copy's path. The recursive
 * copy checks {@link #checkStopping()} per item.
 */
@UsesFileSystem
@Cmdlet(verb = "Copy", noun = "Item", defaultParameterSetName = "Path", supportsShouldProcess = true)
public final class CopyItemCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1, valueFromPipelineByPropertyName = true)
    private String destination;

    @Parameter
    private String filter;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private boolean recurse;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        ItemFilter itemFilter = new ItemFilter(filter, include == null ? List.of() : List.of(include), exclude);
        Path target;
        try {
            target = provider().resolve(destination == null ? "." : FileSystemProvider.unescape(destination));
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        for (Path source : resolveExisting(literal ? literalPath : path, literal, force)) {
            if (source.getFileName() == null || itemFilter.passes(source.getFileName().toString())) {
                Path copy = Files.isDirectory(target) ? target.resolve(source.getFileName().toString()) : target;
                if (shouldProcess("Item: " + source + " Destination: " + copy,
                        Files.isDirectory(source) ? "Copy Directory" : "Copy File")) {
                    copy(source, copy, itemFilter);
                }
            }
        }
    }

    private void copy(Path source, Path copy, ItemFilter itemFilter) {
        checkStopping();
        if (source.equals(copy)) {
            writeError(ProviderException.ioError("CopyError", ErrorCategory.WriteError, source.toString(),
                    "Cannot overwrite the item " + source + " with itself."));
            return;
        }
        try {
            if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                if (copy.startsWith(source)) {
                    writeError(ProviderException.ioError("CopyError", ErrorCategory.WriteError, source.toString(),
                            "Cannot copy an item in a path to itself."));
                    return;
                }
                if (!Files.isDirectory(copy)) {
                    Files.createDirectory(copy);
                }
                passThru(copy);
                if (recurse) {
                    for (Path child : FileSystemProvider.children(source)) {
                        if (Files.isDirectory(child) || itemFilter.passes(child.getFileName().toString())) {
                            copy(child, copy.resolve(child.getFileName().toString()), itemFilter);
                        }
                    }
                }
            } else {
                Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
                passThru(copy);
            }
        } catch (IOException e) {
            writeError(ProviderException.ioError("CopyDirectoryInfoItemIOError", ErrorCategory.WriteError,
                    source.toString(), IoMessages.of(e, copy)));
        }
    }

    private void passThru(Path copy) {
        if (passThru) {
            writeItem(FileSystemInfo.of(copy));
        }
    }
}
