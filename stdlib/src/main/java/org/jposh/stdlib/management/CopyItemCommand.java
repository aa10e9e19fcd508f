package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
 * Copy-Item: copies files (replacing existing files, as pwsh does) and directories: a directory alone
 * without -Recurse, with its contents with -Recurse. A destination that is an existing directory
 * receives the item under its own name; otherwise the destination is the copy's path. The recursive
 * copy checks {@link #checkStopping()} per item. On the drives of the session's tables
 * ({@code Copy-Item function:f function:g}, {@code Copy-Item env:A env:B}) the destination gets the
 * item's value, as pwsh's session state providers copy.
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
        List<String> fileSystemPaths = new ArrayList<>();
        for (String p : literal ? literalPath : path) {
            SessionStateProvider.Target source = SessionStateProvider.parse(p);
            if (source == null) {
                fileSystemPaths.add(p);
            } else {
                copySessionStateItems(source, literal);
            }
        }
        if (!fileSystemPaths.isEmpty()) {
            copyFileSystemItems(fileSystemPaths.toArray(String[]::new), literal);
        }
    }

    private void copySessionStateItems(SessionStateProvider.Target source, boolean literal) {
        SessionStateProvider.Target target = SessionStateProvider.parse(destination);
        if (target == null || target.provider() != source.provider()) {
            writeError(new ProviderException("CopyItemSourceAndDestinationNotSameProvider", ErrorCategory.InvalidArgument,
                    "PSArgumentException", source.displayPath(), "Source and destination path did not resolve to the "
                    + "same provider."));
            return;
        }
        SessionStateProvider provider = source.provider();
        for (SessionStateProvider.Item item : sessionStateItems(source, literal)) {
            String copyName = target.isDrive() ? item.name() : target.name();
            if (copyName.equalsIgnoreCase(item.name())
                    || !shouldProcess("Item: " + item.name() + " Destination: " + copyName, "Copy Item")) {
                continue;
            }
            try {
                provider.set(sessionState(), copyName, provider.content(item));
            } catch (ProviderException e) {
                writeError(e);
                continue;
            }
            if (passThru) {
                writeObject(provider.itemObject(provider.item(sessionState(), copyName)));
            }
        }
    }

    private void copyFileSystemItems(String[] paths, boolean literal) {
        ItemFilter itemFilter = new ItemFilter(filter, include == null ? List.of() : List.of(include), exclude);
        Path target;
        try {
            target = provider().resolve(destination == null ? "." : WildcardPattern.unescape(destination));
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        for (Path source : resolveExisting(paths, literal, force)) {
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
