package org.jposh.stdlib.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.Version;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * Test-ModuleManifest: reads a .psd1 manifest without loading the module and checks what pwsh checks (the files
 * RootModule, RequiredAssemblies, NestedModules and FileList name exist beside it, the RequiredModules and nested
 * modules it names by name are available, the ModuleVersion matches a version folder), writing an error per broken
 * entry; the module's description (a PSModuleInfo) is the output either way.
 */
@UsesFileSystem
@Cmdlet(verb = "Test", noun = "ModuleManifest")
public final class TestModuleManifestCommand extends PSCmdlet {
    private static final List<String> MODULE_EXTENSIONS = List.of(".psm1", ".ps1", ".dll", ".cdxml", ".xaml");

    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private String path;

    @Override
    protected void processRecord() {
        List<Path> files;
        try {
            files = new FileSystemProvider(sessionState()).resolveExisting(path, false, false);
        } catch (ProviderException e) {
            files = List.of();
        }
        if (files.isEmpty()) {
            writeError(errorRecord("The specified module '" + path + "' was not loaded because no valid module file "
                    + "was found in any module directory.", "Modules_ModuleNotFound", ErrorCategory.ResourceUnavailable,
                    path, "FileNotFoundException"));
            return;
        }
        Path file = files.getFirst();
        if (files.size() > 1 || !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            throw throwTerminatingError(errorRecord("The module manifest path '" + file + "' is not valid. The value of "
                    + "the Path argument must resolve to a single file that has a '.psd1' extension. Change the value of "
                    + "the Path argument to point to a valid psd1 file, and then try again.",
                    "Modules_InvalidModuleManifestPath", ErrorCategory.InvalidArgument, path, "InvalidOperationException"));
        }
        Map<?, ?> manifest;
        PSModuleInfo module;
        try {
            manifest = ModuleLoader.readManifest(file);
            module = ModuleLoader.describe(file);
        } catch (IOException | RuntimeException e) {
            writeError(errorRecord(e.getMessage(), "Modules_InvalidManifest", ErrorCategory.InvalidOperation, path,
                    "InvalidOperationException"));
            return;
        }
        Path folder = file.getParent();
        for (String assembly : entries(manifest, "RequiredAssemblies")) {
            if (!Files.exists(folder.resolve(assembly))) {
                invalidEntry("RequiredAssemblies", assembly, file, "Modules_InvalidRequiredAssembliesInModuleManifest");
            }
        }
        Object root = ModuleLoader.manifestValue(manifest, "RootModule");
        root = root != null ? root : ModuleLoader.manifestValue(manifest, "ModuleToProcess");
        String rootModule = root == null ? "" : LanguagePrimitives.toStringValue(root);
        if (!rootModule.isEmpty() && !isValidRootModule(folder, rootModule)) {
            writeError(errorRecord("The module manifest '" + rootModule + "' could not be processed because it is not a "
                    + "valid PowerShell module manifest file. Remove the elements that are not permitted: " + file,
                    "Modules_InvalidRootModuleInModuleManifest", ErrorCategory.InvalidArgument, path,
                    "ArgumentException"));
        }
        for (String nested : entries(manifest, "NestedModules")) {
            if (!existsWithModuleExtension(folder, nested) && ModuleLoader.resolve(sessionState(), nested) == null) {
                invalidEntry("NestedModule", nested, file, "Modules_InvalidNestedModuleinModuleManifest");
            }
        }
        for (String required : entries(manifest, "RequiredModules")) {
            if (ModuleLoader.resolve(sessionState(), required) == null
                    && ModuleTable.of(sessionState()).find(required) == null) {
                invalidEntry("RequiredModules", required, file, "Modules_InvalidRequiredModulesinModuleManifest");
            }
        }
        for (String listed : entries(manifest, "FileList")) {
            if (!Files.exists(folder.resolve(listed))) {
                invalidEntry("FileList", listed, file, "Modules_InvalidFilePathinModuleManifest");
            }
        }
        checkVersionFolder(file, module);
        writeObject(module);
    }

    /** A manifest version folder (1.2.0/x.psd1) must be the ModuleVersion. */
    private void checkVersionFolder(Path file, PSModuleInfo module) {
        Path parent = file.getParent();
        Version folderVersion;
        try {
            folderVersion = parent == null ? null : Version.parse(parent.getFileName().toString());
        } catch (RuntimeException e) {
            folderVersion = null;
        }
        if (folderVersion == null) {
            return;
        }
        if (!folderVersion.equals(module.version())) {
            throw throwTerminatingError(errorRecord("The ModuleVersion key in module manifest '" + file + "' specifies "
                    + "module version '" + module.version() + "' which does not match its version folder name at '"
                    + parent + "'. Change the value of the ModuleVersion key to match the version folder name.",
                    "Modules_InvalidModuleManifestVersion", ErrorCategory.InvalidArgument, path,
                    "InvalidOperationException"));
        }
        writeVerbose("Version specified in ModuleVersion key is equal to version folder name.");
    }

    private void invalidEntry(String key, String entry, Path file, String errorId) {
        writeError(errorRecord("The specified " + key + " entry '" + entry + "' in the module manifest '" + file
                + "' is invalid. Try again after updating this entry with valid values.", errorId,
                ErrorCategory.ObjectNotFound, path, "DirectoryNotFoundException"));
    }

    /** A root module names a module file beside the manifest, with or without its extension. */
    private static boolean isValidRootModule(Path folder, String rootModule) {
        String lower = rootModule.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot > lower.lastIndexOf('/') && dot > lower.lastIndexOf('\\')) {
            return MODULE_EXTENSIONS.contains(lower.substring(dot)) && Files.isRegularFile(folder.resolve(rootModule));
        }
        return existsWithModuleExtension(folder, rootModule);
    }

    private static boolean existsWithModuleExtension(Path folder, String name) {
        if (Files.isRegularFile(folder.resolve(name))) {
            return true;
        }
        for (String extension : MODULE_EXTENSIONS) {
            if (Files.isRegularFile(folder.resolve(name + extension))) {
                return true;
            }
        }
        return false;
    }

    /** A manifest key's entries as names: strings as they are, module specifications (hashtables) by ModuleName. */
    private static List<String> entries(Map<?, ?> manifest, String key) {
        Object value = ModuleLoader.manifestValue(manifest, key);
        if (value == null) {
            return List.of();
        }
        Iterable<?> items = LanguagePrimitives.getEnumerable(value);
        List<String> names = new ArrayList<>();
        for (Object item : items == null ? List.of(value) : items) {
            Object base = PSObject.base(item);
            Object name = base instanceof Map<?, ?> specification
                    ? ModuleLoader.manifestValue(specification, "ModuleName") : base;
            if (name != null) {
                names.add(LanguagePrimitives.toStringValue(name).replace('\\', '/'));
            }
        }
        return names;
    }
}
