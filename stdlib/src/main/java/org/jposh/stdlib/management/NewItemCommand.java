package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * New-Item: creates files (the default type; -Value is their content, written without a newline) and
 * directories, and symbolic links (-ItemType SymbolicLink -Value target). An existing item is an error
 * unless -Force, which also creates missing parent directories and truncates an existing file.
 */
@UsesFileSystem
@Cmdlet(verb = "New", noun = "Item", defaultParameterSetName = "pathSet", supportsShouldProcess = true)
public final class NewItemCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "pathSet", mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "nameSet", valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "nameSet", mandatory = true, valueFromPipelineByPropertyName = true)
    @AllowNull
    @AllowEmptyString
    private String name;

    @Parameter(valueFromPipelineByPropertyName = true)
    @Alias("Type")
    private String itemType;

    @Parameter(valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @Alias("Target")
    private Object value;

    @Parameter
    private boolean force;

    private enum Kind { File, Directory, SymbolicLink }

    @Override
    protected void processRecord() {
        Kind kind;
        try {
            kind = kind(itemType);
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        String[] paths = path == null ? new String[] {"."} : path;
        for (String p : paths) {
            SessionStateProvider.Target tableTarget = SessionStateProvider.parse(p);
            if (tableTarget != null) {
                newSessionStateItem(tableTarget);
                continue;
            }
            try {
                Path target = provider().resolve(WildcardPattern.unescape(p));
                if (name != null && !name.isEmpty()) {
                    target = target.resolve(name).normalize();
                }
                create(target, kind);
            } catch (ProviderException e) {
                writeError(e);
            }
        }
    }

    /**
     * An environment variable, variable, function or alias (the path's name, or -Name on the drive):
     * an existing one is an error unless -Force, which replaces it.
     */
    private void newSessionStateItem(SessionStateProvider.Target target) {
        String itemName = name != null && !name.isEmpty() ? name : target.name();
        SessionStateProvider provider = target.provider();
        if (provider.item(sessionState(), itemName) != null && !force) {
            writeError(new ProviderException("Argument", ErrorCategory.InvalidArgument, "PSArgumentException",
                    itemName, "The item at path '" + itemName + "' already exists."));
            return;
        }
        if (!shouldProcess("Item: " + itemName + " Type: " + (itemType == null ? "" : itemType) + " Value: "
                + LanguagePrimitives.toStringValue(value), "New Item")) {
            return;
        }
        try {
            provider.set(sessionState(), itemName, value);
            SessionStateProvider.Item created = provider.item(sessionState(), itemName);
            if (created != null) {
                writeObject(provider.itemObject(created));
            }
        } catch (ProviderException e) {
            writeError(e);
        }
    }

    /** pwsh's GetItemType: the type is a prefix of directory (or container), file or symboliclink. */
    private static Kind kind(String type) {
        String t = type == null || type.isEmpty() ? "file" : type.toLowerCase(Locale.ROOT);
        if ("directory".startsWith(t) || "container".startsWith(t)) {
            return Kind.Directory;
        } else if ("file".startsWith(t)) {
            return Kind.File;
        } else if ("symboliclink".startsWith(t)) {
            return Kind.SymbolicLink;
        }
        throw new ProviderException("Argument", ErrorCategory.InvalidArgument, "PSArgumentException", type,
                "The type is not a known type for the file system. Only \"file\",\"directory\" or \"symboliclink\" "
                + "can be specified.");
    }

    private void create(Path target, Kind kind) {
        String text = target.toString();
        if (!shouldProcess("Destination: " + text, kind == Kind.Directory ? "Create Directory" : "Create File")) {
            return;
        }
        try {
            if (force && target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            switch (kind) {
                case Directory -> createDirectory(target);
                case File -> createFile(target);
                case SymbolicLink -> createLink(target);
            }
        } catch (AccessDeniedException e) {
            writeError(new ProviderException("NewItemUnauthorizedAccessError", ErrorCategory.PermissionDenied,
                    "UnauthorizedAccessException", text, IoMessages.of(e, target)));
        } catch (IOException e) {
            writeError(ProviderException.ioError("NewItemIOError", ErrorCategory.WriteError, text,
                    IoMessages.of(e, target)));
        }
    }

    private void createDirectory(Path target) throws IOException {
        if (!force && FileSystemProvider.exists(target)) {
            writeError(ProviderException.directoryExists(target));
            return;
        }
        Files.createDirectories(target);
        writeItem(new DirectoryInfo(target));
    }

    private void createFile(Path target) throws IOException {
        byte[] content = value == null ? new byte[0]
                : LanguagePrimitives.toStringValue(value).getBytes(StandardCharsets.UTF_8);
        if (force) {
            Files.write(target, content, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } else {
            Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
        writeItem(new FileInfo(target));
    }

    private void createLink(Path target) throws IOException {
        if (value == null) {
            writeError(new ProviderException("ArgumentNull", ErrorCategory.InvalidArgument,
                    "PSArgumentNullException", target.toString(), "Value cannot be null. (Parameter 'Value')"));
            return;
        }
        if (force) {
            Files.deleteIfExists(target);
        }
        Files.createSymbolicLink(target, Path.of(LanguagePrimitives.toStringValue(value)));
        writeItem(FileSystemInfo.of(target));
    }
}
