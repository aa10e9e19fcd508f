package org.jposh.stdlib.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Get-Module: the modules loaded in the session, or with -ListAvailable those found in the folders of
 * $env:PSModulePath (described from their manifests, not loaded); -Name filters with wildcards.
 */
@Cmdlet(verb = "Get", noun = "Module", defaultParameterSetName = "Loaded")
public final class GetModuleCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipeline = true)
    private String[] name;

    @Parameter(mandatory = true, parameterSetName = "Available")
    private boolean listAvailable;

    @Override
    protected void processRecord() {
        List<String> patterns = name == null ? List.of("*") : List.of(name);
        if (!listAvailable) {
            for (PSModuleInfo module : ModuleTable.of(sessionState()).loaded()) {
                if (Wildcards.matchesAny(module.name(), patterns)) {
                    writeObject(module);
                }
            }
            return;
        }
        checkFileSystemAccess();
        for (Path folder : ModuleLoader.moduleFolders(sessionState())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> children = Files.list(folder)) {
                for (Path candidate : children.sorted().toList()) {
                    String moduleName = candidate.getFileName().toString();
                    if (Files.isDirectory(candidate) && Wildcards.matchesAny(moduleName, patterns)) {
                        ModuleLoader.moduleFilesIn(candidate, moduleName).forEach(this::describe);
                    }
                }
            } catch (IOException e) {
                writeError(errorRecord("Cannot list the module folder '" + folder + "': " + e.getMessage(),
                        "Modules_ModuleFolderUnreadable", ErrorCategory.ReadError, folder.toString(), "IOException"));
            }
        }
    }

    private void describe(Path file) {
        try {
            writeObject(ModuleLoader.describe(file));
        } catch (IOException | IllegalArgumentException e) {
            writeError(errorRecord(e.getMessage(), "Modules_InvalidManifest", ErrorCategory.InvalidData,
                    file.toString(), "InvalidOperationException"));
        }
    }
}
