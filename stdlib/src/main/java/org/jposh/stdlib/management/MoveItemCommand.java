package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Move-Item: moves files and directories. A destination that is an existing directory receives the
 * item under its own name; an existing file there is replaced only with -Force. The session's tables
 * (Env:, Variable:, Function:, Alias:) are not navigation providers, so pwsh moves nothing there and
 * says so (Rename-Item renames their items).
 */
@UsesFileSystem
@Cmdlet(verb = "Move", noun = "Item", defaultParameterSetName = "Path", supportsShouldProcess = true)
public final class MoveItemCommand extends CoreCommandBase {
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
    private boolean force;

    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        List<String> fileSystemPaths = new ArrayList<>();
        for (String p : literal ? literalPath : path) {
            SessionStateProvider.Target source = SessionStateProvider.parse(p);
            if (source == null) {
                fileSystemPaths.add(p);
            } else {
                refuseSessionStateMove(source);
            }
        }
        if (fileSystemPaths.isEmpty()) {
            return;
        }
        ItemFilter itemFilter = new ItemFilter(filter, include == null ? List.of() : List.of(include), exclude);
        Path target;
        try {
            target = provider().resolve(destination == null ? "." : WildcardPattern.unescape(destination));
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        for (Path source : resolveExisting(fileSystemPaths.toArray(String[]::new), literal, force)) {
            checkStopping();
            if (source.getFileName() != null && itemFilter.passes(source.getFileName().toString())) {
                Path moved = Files.isDirectory(target) ? target.resolve(source.getFileName().toString()) : target;
                if (shouldProcess("Item: " + source + " Destination: " + moved,
                        Files.isDirectory(source) ? "Move Directory" : "Move File")) {
                    move(source, moved);
                }
            }
        }
    }

    private void move(Path source, Path moved) {
        if (FileSystemProvider.exists(moved) && !force) {
            writeError(ProviderException.ioError("MoveFileInfoItemIOError", ErrorCategory.WriteError,
                    source.toString(), "Cannot create a file when that file already exists."));
            return;
        }
        try {
            Files.move(source, moved, StandardCopyOption.REPLACE_EXISTING);
            if (passThru) {
                writeItem(FileSystemInfo.of(moved));
            }
        } catch (IOException e) {
            writeError(ProviderException.ioError("MoveFileInfoItemIOError", ErrorCategory.WriteError,
                    source.toString(), IoMessages.of(e, moved)));
        }
    }

    private void refuseSessionStateMove(SessionStateProvider.Target source) {
        SessionStateProvider.Target target = SessionStateProvider.parse(destination);
        if (target == null || target.provider() != source.provider()) {
            writeError(new ProviderException("System.Management.Automation.PSArgumentException",
                    ErrorCategory.InvalidArgument, "PSArgumentException", source.displayPath(), "Cannot move the item "
                    + "because the source and destination paths did not resolve to the same provider."));
        } else {
            writeError(new ProviderException("NotSupported", ErrorCategory.NotImplemented, "PSNotSupportedException",
                    source.displayPath(), "The NavigationCmdletProvider methods are not supported by this provider."));
        }
    }
}
