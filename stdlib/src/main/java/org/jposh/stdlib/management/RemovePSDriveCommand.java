package org.jposh.stdlib.management;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/** Remove-PSDrive: removes drives the session made with New-PSDrive (the built-in ones stay). */
@Cmdlet(verb = "Remove", noun = "PSDrive", supportsShouldProcess = true)
public final class RemovePSDriveCommand extends CoreCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        for (String n : name) {
            if (PSDriveInfo.named(sessionState(), n) == null) {
                writeError(errorRecord("Cannot find drive. A drive with the name '" + n + "' does not exist.",
                        "DriveNotFound", ErrorCategory.ObjectNotFound, n, "DriveNotFoundException"));
            } else if (shouldProcess("Name: " + n, "Remove Drive") && !SessionDrives.of(sessionState()).remove(n)) {
                writeError(errorRecord("Drive '" + n + "' cannot be removed because it is a built-in drive.",
                        "DriveCannotBeRemoved", ErrorCategory.InvalidOperation, n, "SessionStateException"));
            }
        }
    }
}
