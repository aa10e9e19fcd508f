package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.ConfirmImpact;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.io.FileOperations;

/**
 * New-TemporaryFile (Microsoft.PowerShell.Utility): an empty file under a new name in the temporary directory
 * (the session's $env:TMPDIR, else /tmp), written as Get-Item writes it; it lives beside the item cmdlets for that. -WhatIf and
 * -Confirm name the directory as the target, as pwsh does.
 */
@UsesFileSystem
@Cmdlet(verb = "New", noun = "TemporaryFile", supportsShouldProcess = true, confirmImpact = ConfirmImpact.Low)
public final class NewTemporaryFileCommand extends CoreCommandBase {
    @Override
    protected void endProcessing() {
        String directory = FileOperations.tempPath(sessionState().getEnvironmentVariable("TMPDIR"));
        if (!shouldProcess(directory)) {
            return;
        }
        Path file;
        try {
            file = FileOperations.createTempFile(directory);
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "NewTemporaryFileWriteError",
                    ErrorCategory.WriteError, directory, e.shortTypeName()));
        }
        writeItem(FileSystemInfo.of(file));
    }
}
