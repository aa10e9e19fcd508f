package org.jposh.stdlib.management;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.ConfirmImpact;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * New-PSDrive: a FileSystem drive of the session, {@code Name:} standing for a folder
 * ({@code New-PSDrive -Name Logs -PSProvider FileSystem -Root /var/log}). Only the FileSystem provider
 * has drives of its own; -Scope and -Persist are accepted, and every drive belongs to the session.
 */
@UsesFileSystem
@Cmdlet(verb = "New", noun = "PSDrive", supportsShouldProcess = true, confirmImpact = ConfirmImpact.Low)
public final class NewPSDriveCommand extends CoreCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipelineByPropertyName = true)
    private String name;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias("Provider")
    private String pSProvider;

    @Parameter(position = 2, mandatory = true, valueFromPipelineByPropertyName = true)
    private String root;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String description;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String scope;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean persist;

    @Override
    protected void processRecord() {
        if (!pSProvider.equalsIgnoreCase("FileSystem")
                && !pSProvider.equalsIgnoreCase(ProviderInfo.FILE_SYSTEM.fullName())) {
            writeError(ProviderInfo.notFound(pSProvider));
            return;
        }
        if (PSDriveInfo.named(sessionState(), name) != null) {
            writeError(errorRecord("A drive with the name '" + name + "' already exists.", "DriveAlreadyExists",
                    ErrorCategory.ResourceExists, name, "SessionStateException"));
            return;
        }
        Path folder;
        try {
            folder = provider().resolve(root);
        } catch (ProviderException e) {
            writeError(e);
            return;
        }
        if (!Files.isDirectory(folder)) {
            writeError(errorRecord("Cannot find path '" + folder + "' because it does not exist.", "DriveRootError",
                    ErrorCategory.ObjectNotFound, root, "ItemNotFoundException"));
            return;
        }
        if (shouldProcess("Name: " + name + " Provider: " + ProviderInfo.FILE_SYSTEM.fullName() + " Root: " + folder,
                "New drive")) {
            PSDriveInfo drive = PSDriveInfo.fileSystem(name, folder, description);
            SessionDrives.of(sessionState()).add(drive);
            writeObject(drive);
        }
    }
}
