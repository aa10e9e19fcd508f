package org.jposh.stdlib.management;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.UsesFileSystem;

/**
 * Add-Content: appends the values to files, creating them as needed. Nothing is inserted before the
 * new text, so a file that does not end with a newline continues on its last line, as in pwsh.
 */
@UsesFileSystem
@Cmdlet(verb = "Add", noun = "Content", defaultParameterSetName = "Path", supportsShouldProcess = true)
public final class AddContentCommand extends WriteContentCommandBase {
    @Override
    boolean append() {
        return true;
    }
}
