package org.jposh.stdlib.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrWhiteSpace;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Start-Job: runs a script block in a background job (PSJobTypeName BackgroundJob) and returns the job.
 * The block's text runs in a new session, at -WorkingDirectory or else the caller's current location, as in
 * pwsh 7; -ArgumentList binds to its param block or $args, and the -InputObject values (or pipeline input) are
 * its $input; {@code $using:x} reads the caller's $x.
 */
@Cmdlet(verb = "Start", noun = "Job", defaultParameterSetName = "ComputerName")
public final class StartJobCommand extends ThreadedJobCommandBase {
    @Parameter
    @ValidateNotNullOrWhiteSpace
    private String workingDirectory;

    public StartJobCommand() {
        super(Job.Type.BACKGROUND);
    }

    /** @throws org.jposh.interpreter.runtime.PoshException pwsh's error for a -WorkingDirectory that is no directory */
    @Override
    Path location() {
        if (workingDirectory == null) {
            return sessionState().location();
        }
        Path directory = sessionState().resolveFileSystemPath(workingDirectory);
        if (!Files.isDirectory(directory)) {
            throw throwTerminatingError(errorRecord("Cannot find the WorkingDirectory path " + workingDirectory + ".",
                    "DirectoryNotFoundException", ErrorCategory.InvalidOperation, null, "DirectoryNotFoundException"));
        }
        return directory;
    }
}
