package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Rename-Item: gives one item a new name in the same directory, or on the drives of the session's
 * tables ({@code Rename-Item env:A B}) in the same table.
 */
@UsesFileSystem
@Cmdlet(verb = "Rename", noun = "Item", defaultParameterSetName = "ByPath", supportsShouldProcess = true)
public final class RenameItemCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "ByPath", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String path;

    @Parameter(parameterSetName = "ByLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String literalPath;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
    private String newName;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        SessionStateProvider.Target target = SessionStateProvider.parse(literal ? literalPath : path);
        if (target != null) {
            renameSessionStateItem(target, literal);
            return;
        }
        List<Path> items = resolveExisting(new String[] {literal ? literalPath : path}, literal, force);
        if (items.size() > 1) {
            writeError(new ProviderException("RenameMultipleItemError", ErrorCategory.InvalidArgument,
                    "PSArgumentException", literal ? literalPath : path, "Cannot rename item because the path "
                    + "resolved to multiple items. Only one item can be renamed at a time."));
            return;
        }
        if (items.isEmpty()) {
            return;
        }
        Path source = items.getFirst();
        Path renamed;
        try {
            renamed = provider().resolve(newName);
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        boolean plainName = newName.indexOf('/') < 0 && newName.indexOf('\\') < 0;
        if (!plainName && !source.getParent().equals(renamed.getParent())) {
            writeError(new ProviderException("Argument", ErrorCategory.InvalidArgument, "PSArgumentException",
                    newName, "Cannot rename the specified target, because it represents a path or device name."));
            return;
        }
        renamed = source.resolveSibling(renamed.getFileName());
        if (FileSystemProvider.exists(renamed)) {
            writeError(ProviderException.ioError("RenameItemIOError", ErrorCategory.WriteError, source.toString(),
                    "Cannot create a file when that file already exists."));
            return;
        }
        if (!shouldProcess("Item: " + source + " Destination: " + renamed, "Rename Item")) {
            return;
        }
        try {
            Files.move(source, renamed);
        } catch (IOException e) {
            writeError(ProviderException.ioError("RenameItemIOError", ErrorCategory.WriteError, source.toString(),
                    IoMessages.of(e, renamed)));
            return;
        }
        if (passThru) {
            writeItem(FileSystemInfo.of(renamed));
        }
    }

    private void renameSessionStateItem(SessionStateProvider.Target target, boolean literal) {
        List<SessionStateProvider.Item> items = sessionStateItems(target, literal);
        if (items.size() > 1) {
            writeError(new ProviderException("RenameMultipleItemError", ErrorCategory.InvalidArgument,
                    "PSArgumentException", target.displayPath(), "Cannot rename item because the path "
                    + "resolved to multiple items. Only one item can be renamed at a time."));
            return;
        }
        if (items.isEmpty()) {
            return;
        }
        SessionStateProvider provider = target.provider();
        SessionStateProvider.Item item = items.getFirst();
        SessionStateProvider.Target qualified = SessionStateProvider.parse(newName);
        String name = qualified != null && qualified.provider() == provider ? qualified.name() : newName;
        if (!name.equalsIgnoreCase(item.name())) {
            if (provider.item(sessionState(), name) != null && !force) {
                writeError(new ProviderException("Argument", ErrorCategory.InvalidArgument, "PSArgumentException", name,
                        "The item at path '" + name + "' already exists."));
                return;
            }
            if (!shouldProcess("Item: " + item.name() + " NewName: " + name, "Rename Item")) {
                return;
            }
            try {
                provider.rename(sessionState(), item, name, force);
            } catch (ProviderException e) {
                writeError(e);
                return;
            }
        }
        if (passThru) {
            writeObject(provider.itemObject(provider.item(sessionState(), name)));
        }
    }
}
