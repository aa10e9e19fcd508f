package org.jposh.stdlib.modules;

import java.io.IOException;
import java.nio.file.Path;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Import-Module: loads modules by name (looked up in $env:PSModulePath) or path, or passes loaded
 * ones back in (-ModuleInfo; a dynamic module from New-Module joins the session's modules). A module already loaded is not loaded again unless -Force; -PassThru
 * returns the modules; -Prefix goes before the nouns of the functions it exports.
 */
@Cmdlet(verb = "Import", noun = "Module", defaultParameterSetName = "Name")
@UsesFileSystem
public final class ImportModuleCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, parameterSetName = "Name", valueFromPipeline = true)
    private String[] name;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ModuleInfo", valueFromPipeline = true)
    private PSModuleInfo[] moduleInfo;

    @Parameter
    private boolean force;

    @Parameter
    private boolean passThru;

    @Parameter
    private String prefix;

    @Parameter
    @Alias("Args")
    private Object[] argumentList;

    @Override
    protected void processRecord() {
        if (moduleInfo != null) {
            ModuleTable table = ModuleTable.of(sessionState());
            for (PSModuleInfo module : moduleInfo) {
                // a dynamic module (New-Module) joins the session's modules: Get-Module lists it, Remove-Module removes it
                if (!table.loaded().contains(module)) {
                    table.add(module);
                }
                if (passThru) {
                    writeObject(module);
                }
            }
            return;
        }
        ModuleTable table = ModuleTable.of(sessionState());
        for (String n : name) {
            Path file = ModuleLoader.resolve(sessionState(), n);
            if (file == null) {
                writeError(errorRecord("The specified module '" + n + "' was not loaded because no valid module file "
                        + "was found in any module directory.", "Modules_ModuleNotFound",
                        ErrorCategory.ResourceUnavailable, n, "FileNotFoundException"));
                continue;
            }
            PSModuleInfo loaded = table.find(ModuleLoader.nameOf(file));
            if (loaded != null && !force) {
                if (passThru) {
                    writeObject(loaded);
                }
                continue;
            }
            if (loaded != null) {
                ModuleLoader.unload(sessionState(), loaded, this::writeObject);
            }
            try {
                PSModuleInfo module = ModuleLoader.load(PoshContext.get(null), file, prefix, argumentList,
                        this::writeObject);
                table.add(module);
                if (passThru) {
                    writeObject(module);
                }
            } catch (IOException | IllegalArgumentException e) {
                writeError(errorRecord(e instanceof IOException ? "Cannot read the module file '" + file + "': "
                        + e.getMessage() : e.getMessage(), "Modules_InvalidManifest", ErrorCategory.InvalidData, file
                        .toString(), "InvalidOperationException"));
            }
        }
    }
}
