package org.jposh.stdlib.management;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.UsesFileSystem;

/** Set-Content: replaces the content of files with the values given, creating the files as needed. */
@UsesFileSystem
@Cmdlet(verb = "Set", noun = "Content", defaultParameterSetName = "Path", supportsShouldProcess = true)
public final class SetContentCommand extends WriteContentCommandBase {
    @Override
    boolean append() {
        return false;
    }
}
