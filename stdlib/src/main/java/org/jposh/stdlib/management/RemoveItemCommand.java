package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Remove-Item: deletes files and directories, a directory with children only with -Recurse; and
 * environment variables, variables, functions and aliases (Env:, Variable:, Function:, Alias:), the
 * read-only ones only with -Force.
 *
 * <p>A non-empty directory without -Recurse is removed with its children only when the user says so
 * (pwsh's ShouldContinue, whatever -Confirm says; Yes to All holds for the rest of the paths of this
 * input); No leaves it. A symbolic link is removed itself, never what it points to. The recursive walk
 * checks {@link #checkStopping()} per item.
 */
@UsesFileSystem
@Cmdlet(verb = "Remove", noun = "Item", defaultParameterSetName = "Path", supportsShouldProcess = true)
public final class RemoveItemCommand extends CoreCommandBase {
    private static final String REMOVE_WITH_CHILDREN = "The item at %s has children and the Recurse parameter"
            + " was not specified. If you continue, all children will be removed with the item. Are you sure you"
            + " want to continue?";

    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

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

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        ItemFilter itemFilter = new ItemFilter(filter, include == null ? List.of() : List.of(include), exclude);
        List<String> fileSystemPaths = new ArrayList<>();
        boolean[] toAll = new boolean[2];
        for (String p : literal ? literalPath : path) {
            SessionStateProvider.Target target = SessionStateProvider.parse(p);
            if (target == null) {
                fileSystemPaths.add(p);
                continue;
            }
            for (SessionStateProvider.Item item : sessionStateItems(target, literal)) {
                if (!shouldProcess("Item: " + item.name(), "Remove Item")) {
                    continue;
                }
                try {
                    target.provider().remove(sessionState(), item.name(), force);
                } catch (ProviderException e) {
                    writeError(e);
                }
            }
        }
        for (Path item : resolveExisting(fileSystemPaths.toArray(String[]::new), literal, force)) {
            if (item.getFileName() != null && !itemFilter.passes(item.getFileName().toString())) {
                continue;
            }
            boolean directory = Files.isDirectory(item, LinkOption.NOFOLLOW_LINKS);
            if (directory && !recurse && !FileSystemProvider.children(item).isEmpty()
                    && !shouldContinue(String.format(REMOVE_WITH_CHILDREN, item), null, toAll)) {
                continue;
            }
            if (shouldProcess(item.toString(), directory ? "Remove Directory" : "Remove File")) {
                remove(item);
            }
        }
    }

    /** Deletes the item and, for a directory, everything in it, children first. */
    private void remove(Path item) {
        checkStopping();
        if (Files.isDirectory(item, LinkOption.NOFOLLOW_LINKS)) {
            for (Path child : FileSystemProvider.children(item)) {
                remove(child);
            }
        }
        try {
            Files.delete(item);
        } catch (IOException e) {
            writeError(ProviderException.ioError("RemoveFileSystemItemIOError", ErrorCategory.WriteError,
                    item.toString(), IoMessages.of(e, item)));
        }
    }
}
