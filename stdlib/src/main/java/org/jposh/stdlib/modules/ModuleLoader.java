package org.jposh.stdlib.modules;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.ModuleFinder;
import org.jposh.interpreter.commands.ScriptCommandProcessor;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;
import org.jposh.interpreter.runtime.TypeTable;
import org.jposh.interpreter.runtime.Version;
import org.jposh.stdlib.utility.TypesFile;

/**
 * Finds, reads and loads modules as pwsh does on Linux: a name is looked up in the folders of
 * $env:PSModulePath (a folder NAME holding NAME.psd1 or NAME.psm1, or version folders holding them,
 * the highest version first), a path names the file or its folder. A manifest (.psd1) is a hashtable
 * whose RootModule (or ModuleToProcess) is the script it loads, ModuleVersion, Description, GUID and
 * FunctionsToExport/VariablesToExport filter what that script exports.
 *
 * <p>A module's script runs in a script scope of its own under the global scope; the functions it
 * exports are defined in the global scope bound to that scope (so they see the module's variables
 * and private functions), and the variables it exports are shared with the global scope.
 */
final class ModuleLoader {
    /** pwsh's module folders on Linux when $env:PSModulePath is not set (user, then all users). */
    private static final String[] DEFAULT_MODULE_FOLDERS = {".local/share/powershell/Modules", "/usr/local/share/powershell/Modules"};

    private ModuleLoader() {
    }

    /** The folders modules are looked up in, from $env:PSModulePath (colon-separated) or pwsh's defaults. */
    static List<Path> moduleFolders(SessionState sessionState) {
        String variable = sessionState.getEnvironmentVariable("PSModulePath");
        List<Path> folders = new ArrayList<>();
        if (variable != null) {
            for (String entry : variable.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    folders.add(sessionState.resolveFileSystemPath(entry.strip()));
                }
            }
            return folders;
        }
        Path home = Path.of(System.getProperty("user.home"));
        for (String folder : DEFAULT_MODULE_FOLDERS) {
            folders.add(home.resolve(folder));
        }
        return folders;
    }

    /** Whether Import-Module's -Name is a path rather than a name to look up. */
    static boolean isPath(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.contains("/") || name.contains("\\") || name.startsWith(".") || lower.endsWith(".psm1")
                || lower.endsWith(".psd1");
    }

    /** The module file a name or path stands for, or null when there is none. */
    static Path resolve(SessionState sessionState, String name) {
        if (isPath(name)) {
            Path path = sessionState.resolveFileSystemPath(name);
            return Files.isDirectory(path) ? moduleFileIn(path, path.getFileName().toString()) : Files.isRegularFile(path) ? path : null;
        }
        for (Path folder : moduleFolders(sessionState)) {
            Path candidate = folder.resolve(name);
            if (Files.isDirectory(candidate)) {
                Path file = moduleFileIn(candidate, name);
                if (file != null) {
                    return file;
                }
            }
        }
        return null;
    }

    /** The module file in a module folder that Import-Module loads: the first of {@link #moduleFilesIn}. */
    static Path moduleFileIn(Path folder, String name) {
        List<Path> files = moduleFilesIn(folder, name);
        return files.isEmpty() ? null : files.getFirst();
    }

    /**
     * The module files of a module folder: NAME.psd1 (else NAME.psm1) in the folder itself, then the same
     * in each version folder (1.2.0/NAME.psd1), the highest version first.
     */
    static List<Path> moduleFilesIn(Path folder, String name) {
        List<Path> files = new ArrayList<>();
        Path direct = directModuleFile(folder, name);
        if (direct != null) {
            files.add(direct);
        }
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(Files::isDirectory).filter(p -> versionOf(p) != null)
                    .sorted(Comparator.comparing(ModuleLoader::versionOf).reversed())
                    .map(version -> directModuleFile(version, name)).filter(java.util.Objects::nonNull)
                    .forEach(files::add);
        } catch (java.io.IOException e) {
            return files;
        }
        return files;
    }

    private static Path directModuleFile(Path folder, String name) {
        for (String extension : new String[] {".psd1", ".psm1"}) {
            Path file = folder.resolve(name + extension);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    private static Version versionOf(Path folder) {
        try {
            return Version.parse(folder.getFileName().toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The module's name: its file name without the extension. */
    static String nameOf(Path file) {
        return ModuleFinder.moduleName(file);
    }

    /** A manifest's hashtable, read by running the file's text as a script block. */
    static Map<?, ?> readManifest(Path file) throws java.io.IOException {
        Object value = PSObject.base(ScriptBlock.create(Files.readString(file)).invoke(null, null, null));
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("The module manifest '" + file + "' could not be processed because it "
                    + "is not a valid PowerShell restricted language file. Remove the elements that are not "
                    + "permitted by the restricted language.");
        }
        return map;
    }

    /** The value of a manifest key, whatever its case; null when absent. */
    static Object manifestValue(Map<?, ?> manifest, String key) {
        for (Map.Entry<?, ?> entry : manifest.entrySet()) {
            if (LanguagePrimitives.toStringValue(entry.getKey()).equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** A manifest's description of the module, without loading it (Get-Module -ListAvailable). */
    static PSModuleInfo describe(Path file) throws java.io.IOException {
        boolean manifest = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1");
        PSModuleInfo module = new PSModuleInfo(nameOf(file), file, manifest ? PSModuleInfo.MANIFEST
                : PSModuleInfo.SCRIPT);
        if (manifest) {
            applyManifest(module, readManifest(file));
        }
        return module;
    }

    private static void applyManifest(PSModuleInfo module, Map<?, ?> manifest) {
        Object version = manifestValue(manifest, "ModuleVersion");
        if (version != null) {
            module.setVersion(Version.parse(LanguagePrimitives.toStringValue(version)));
        }
        Object description = manifestValue(manifest, "Description");
        if (description != null) {
            module.setDescription(LanguagePrimitives.toStringValue(description));
        }
        Object guid = manifestValue(manifest, "GUID");
        if (guid != null) {
            module.setGuid(UUID.fromString(LanguagePrimitives.toStringValue(guid)));
        }
        Object root = manifestValue(manifest, "RootModule");
        root = root != null ? root : manifestValue(manifest, "ModuleToProcess");
        if (root != null) {
            // pwsh's module analysis: the module is of its root module's kind
            String rootModule = LanguagePrimitives.toStringValue(root).toLowerCase(Locale.ROOT);
            module.setModuleType(rootModule.endsWith(".dll") || rootModule.endsWith(".exe") ? PSModuleInfo.BINARY
                    : rootModule.endsWith(".psm1") ? PSModuleInfo.SCRIPT
                    : rootModule.endsWith(".cdxml") ? PSModuleInfo.CIM : PSModuleInfo.MANIFEST);
        }
    }

    /**
     * Loads the module in {@code file} into the session: runs its script, then defines what it exports
     * in the global scope, names prefixed with {@code prefix} (null for none). Its output goes to
     * {@code output}.
     */
    static PSModuleInfo load(PoshContext context, Path file, String prefix, Object[] arguments, Pipe output)
            throws java.io.IOException {
        SessionState sessionState = context.sessionState();
        boolean manifest = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1");
        PSModuleInfo module = new PSModuleInfo(nameOf(file), file, manifest ? PSModuleInfo.MANIFEST
                : PSModuleInfo.SCRIPT);
        List<String> functionFilter = List.of("*");
        List<String> variableFilter = List.of("*");
        Path script = file;
        if (manifest) {
            Map<?, ?> data = readManifest(file);
            applyManifest(module, data);
            script = rootModule(file, data);
            functionFilter = patterns(manifestValue(data, "FunctionsToExport"), functionFilter);
            variableFilter = patterns(manifestValue(data, "VariablesToExport"), variableFilter);
            processTypes(module, file, manifestValue(data, "TypesToProcess"));
        }
        if (script != null) {
            ScriptBlock code = new ScriptBlock(context.language().compileScriptFile(context, script), sessionState);
            run(context, module, code, arguments, output, functionFilter, variableFilter);
        }
        export(sessionState, module, prefix);
        return module;
    }

    /**
     * A manifest's TypesToProcess: its types.ps1xml files, beside the manifest, added to the session's type data
     * before the root module runs, as Update-TypeData -AppendPath adds them; the module remembers them.
     *
     * @throws IllegalArgumentException with pwsh's message when a file has errors
     */
    private static void processTypes(PSModuleInfo module, Path manifest, Object typesToProcess) {
        if (typesToProcess == null) {
            return;
        }
        for (String name : patterns(typesToProcess, List.of())) {
            module.exportedTypeFiles().add(manifest.resolveSibling(name).normalize());
        }
        List<String> errors = TypeTable.current().reload(List.of(), module.exportedTypeFiles(), List.of(),
                TypesFile::read);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The following error occurred while loading the extended type data "
                    + "file: " + String.join(System.lineSeparator(), errors));
        }
    }

    /** The file a manifest's RootModule (or ModuleToProcess) names, beside the manifest; null when it names none. */
    static Path rootModule(Path manifest, Map<?, ?> data) {
        Object root = manifestValue(data, "RootModule");
        root = root != null ? root : manifestValue(data, "ModuleToProcess");
        return root == null ? null : manifest.resolveSibling(LanguagePrimitives.toStringValue(root));
    }

    /** New-Module: a dynamic module made of a script block, exporting the functions {@code functions} names. */
    static PSModuleInfo loadDynamic(PoshContext context, String name, ScriptBlock block, List<String> functions,
                                    Object[] arguments, Pipe output) {
        PSModuleInfo module = new PSModuleInfo(name, null, PSModuleInfo.SCRIPT);
        run(context, module, new ScriptBlock(block.code(), context.sessionState()), arguments, output, functions,
                List.of("*"));
        export(context.sessionState(), module, null);
        return module;
    }

    static List<String> patterns(Object value, List<String> fallback) {
        if (value == null) {
            return fallback;
        }
        List<String> result = new ArrayList<>();
        Iterable<?> items = LanguagePrimitives.getEnumerable(value);
        for (Object item : items == null ? List.of(value) : items) {
            result.add(LanguagePrimitives.toStringValue(item));
        }
        return result;
    }

    /**
     * Runs the module's script in its own scope and works out its exports: what Export-ModuleMember
     * named, or else all its functions and no variables; either way only what the manifest lets through.
     */
    private static void run(PoshContext context, PSModuleInfo module, ScriptBlock code, Object[] arguments,
                            Pipe output, List<String> functionFilter, List<String> variableFilter) {
        ModuleTable table = ModuleTable.of(context.sessionState());
        ModuleTable.ExportRequest request = table.beginLoading();
        SessionStateScope scope;
        try {
            CommandArgument[] positional = new CommandArgument[arguments == null ? 0 : arguments.length];
            for (int i = 0; i < positional.length; i++) {
                positional[i] = CommandArgument.positional(arguments[i], null);
            }
            scope = ScriptCommandProcessor.runModule(context, code, positional, output, moduleScope -> {
                module.setScope(moduleScope);
                table.add(moduleScope, module);
            });
        } finally {
            table.endLoading();
        }
        List<String> functions = request.called ? request.functions : List.of("*");
        for (FunctionInfo function : scope.localFunctions()) {
            if (Wildcards.matchesAny(function.name(), functions) && Wildcards.matchesAny(function.name(), functionFilter)) {
                module.exportedFunctions().put(function.name(), function);
            }
        }
        if (request.called) {
            for (Map.Entry<String, PSVariable> variable : scope.localVariables().entrySet()) {
                if (Wildcards.matchesAny(variable.getKey(), request.variables)
                        && Wildcards.matchesAny(variable.getKey(), variableFilter)) {
                    module.exportedVariables().put(variable.getKey(), variable.getValue());
                }
            }
        }
    }

    /** Defines the module's exports in the global scope, bound to the module's scope, with the prefix. */
    private static void export(SessionState sessionState, PSModuleInfo module, String prefix) {
        SessionStateScope global = sessionState.global();
        Map<String, FunctionInfo> exported = new java.util.LinkedHashMap<>();
        for (FunctionInfo function : module.exportedFunctions().values()) {
            String name = prefixed(function.name(), prefix);
            FunctionInfo imported = new FunctionInfo(name, function.scriptBlock().boundTo(module.moduleScope()), module.name());
            global.setFunction(imported);
            exported.put(name, imported);
        }
        module.exportedFunctions().clear();
        module.exportedFunctions().putAll(exported);
        for (PSVariable variable : module.exportedVariables().values()) {
            global.setVariable(variable);
        }
    }

    /** Import-Module -Prefix: before the noun of Verb-Noun, else before the whole name. */
    static String prefixed(String name, String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return name;
        }
        int dash = name.indexOf('-');
        return dash < 0 ? prefix + name : name.substring(0, dash + 1) + prefix + name.substring(dash + 1);
    }

    /**
     * Remove-Module: runs the module's OnRemove block in the module's scope (so it sees the module's private
     * commands), given the module as its argument, as pwsh does; then takes the module's functions and variables
     * out of the global scope where they are still its own. What OnRemove outputs goes to {@code output}.
     */
    static void unload(SessionState sessionState, PSModuleInfo module, Pipe output) {
        if (module.onRemove() != null) {
            for (Object value : module.onRemove().boundTo(module.moduleScope()).invokeWithArgument(module)) {
                output.write(value);
            }
        }
        SessionStateScope global = sessionState.global();
        for (FunctionInfo function : module.exportedFunctions().values()) {
            if (global.getFunction(function.name()) == function) {
                global.removeFunction(function.name());
            }
        }
        for (PSVariable variable : module.exportedVariables().values()) {
            if (global.getLocalVariable(variable.getName()) == variable) {
                global.remove(variable.getName());
            }
        }
        if (!module.exportedTypeFiles().isEmpty()) {
            TypeTable.current().reload(List.of(), List.of(), module.exportedTypeFiles(), TypesFile::read);
        }
        ModuleTable.of(sessionState).remove(module);
    }
}
