package org.jposh.stdlib.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.stdlib.management.FileSystemInfo;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.IoMessages;
import org.jposh.stdlib.management.ProviderException;

/**
 * What Compress-Archive and Expand-Archive share, after the helper functions of the module's script: path
 * resolution through the session's FileSystem provider (Resolve-Path's rules), the module's errors, and the
 * directories it creates with New-Item.
 */
abstract class ArchiveCommandBase extends PSCmdlet {
    private FileSystemProvider provider;

    final FileSystemProvider provider() {
        if (provider == null) {
            provider = new FileSystemProvider(sessionState());
        }
        return provider;
    }

    /**
     * The module's GetResolvedPathHelper: the items a path names (wildcards expanded unless {@code literal}); a
     * path that names nothing stops the command with ArchiveCmdletPathNotFound.
     */
    final List<Path> resolvePaths(String path, boolean literal) {
        try {
            return provider().resolveExisting(path, literal, false);
        } catch (ProviderException e) {
            throw pathNotFound(path);
        }
    }

    /** ArchiveCmdletPathNotFound, the error of a path Resolve-Path could not resolve. */
    final PoshException pathNotFound(String path) {
        throw throwTerminatingError(errorRecord(ArchiveResources.pathNotFound(path), "ArchiveCmdletPathNotFound",
                ErrorCategory.InvalidArgument, path, "InvalidOperationException"));
    }

    /** A PowerShell path as a file-system path, relative to the session's location, not globbed. */
    final Path unresolvedPath(String path) {
        try {
            return provider().resolve(path);
        } catch (ProviderException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                    e.exceptionType()));
        }
    }

    /** The module's ThrowTerminatingErrorHelper: an IOException that stops the command. */
    final PoshException archiveError(String errorId, String message, ErrorCategory category, Object target) {
        throw throwTerminatingError(errorRecord(message, errorId, category, target, "IOException"));
    }

    /**
     * An error the module writes with Write-Error from one of its helper functions: pwsh reports it as that
     * function's ({@code ExpandArchiveHelper : ...}, the id ending in its name, activity Write-Error).
     */
    final void writeHelperError(String helper, String message, String errorId, ErrorCategory category,
                                Object target, String exceptionType) {
        ErrorRecord error = errorRecord(message, errorId, category, target, exceptionType);
        error.setScriptCommandInvocation(helper, invocationExtent());
        error.setCategoryInfo("Write-Error", null, null, null);
        writeError(error);
    }

    /**
     * A .NET method the module calls failed: pwsh's MethodInvocationException, which stops the command
     * ({@code Exception calling "ExtractToFile" with "3" argument(s): "..."}).
     */
    final PoshException methodFailed(String method, int argumentCount, IOException e, Path path) {
        String message = "Exception calling \"" + method + "\" with \"" + argumentCount + "\" argument(s): \""
                + IoMessages.of(e, path) + "\"";
        throw throwTerminatingError(errorRecord(message, "IOException", ErrorCategory.NotSpecified, null,
                "MethodInvocationException"));
    }

    /**
     * The module's {@code New-Item -ItemType Directory -Confirm:$isConfirm}: asks first under -WhatIf or -Confirm,
     * creates the missing parents too, and stops the command with New-Item's error when a file is in the way.
     */
    final void createDirectory(Path directory) {
        if ((commonParameters().whatIf() != null || commonParameters().confirm() != null)
                && !shouldProcess("Destination: " + directory, "Create Directory")) {
            return;
        }
        try {
            if (Files.exists(directory)) {
                throw ProviderException.directoryExists(directory);
            }
            Files.createDirectories(directory);
        } catch (ProviderException e) {
            throw throwTerminatingError(newItemError(e.getMessage(), e.errorId(), e.category(), e.target(),
                    e.exceptionType()));
        } catch (IOException e) {
            throw throwTerminatingError(newItemError(IoMessages.of(e, directory), "NewItemIOError",
                    ErrorCategory.WriteError, directory.toString(), "IOException"));
        }
    }

    private ErrorRecord newItemError(String message, String errorId, ErrorCategory category, Object target,
                                     String exceptionType) {
        return new ErrorRecord(message, errorId + ",Microsoft.PowerShell.Commands.NewItemCommand", category, target,
                "New-Item", exceptionType, invocationExtent());
    }

    /** Writes the item at a path as Get-Item does. */
    final void writeItem(Path path) {
        writeObject(FileSystemProvider.itemObject(FileSystemInfo.of(path)));
    }
}
