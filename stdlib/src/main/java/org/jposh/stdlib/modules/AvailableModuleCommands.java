package org.jposh.stdlib.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.ScriptParser;
import org.jposh.grammar.ast.AstSearcher;
import org.jposh.grammar.ast.FunctionDefinitionAst;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.commands.ModuleAutoLoader;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Module auto-loading over the modules of $env:PSModulePath (folders in order, the highest version of each module
 * first). A module exports a command when its manifest's FunctionsToExport, CmdletsToExport or AliasesToExport names
 * it; a pattern with wildcards (or no manifest, or no such key) stands for the functions its root script module
 * defines, which are read from the script's text as pwsh's module analysis reads them, without running it, once per
 * version of each file. The module
 * found is imported with Import-Module (into the global scope, where JPosh imports every module), as pwsh does.
 */
public final class AvailableModuleCommands implements ModuleAutoLoader {
    private static final List<String> EXPORT_KEYS = List.of("FunctionsToExport", "CmdletsToExport", "AliasesToExport");

    @Override
    public boolean importModuleExporting(SessionState session, String moduleName, String commandName) {
        for (Path folder : ModuleLoader.moduleFolders(session)) {
            for (Path moduleFolder : moduleFolders(folder, moduleName)) {
                String name = moduleFolder.getFileName().toString();
                Path file = ModuleLoader.moduleFileIn(moduleFolder, name);
                if (file != null && ModuleTable.of(session).find(name) == null && exports(file, commandName)) {
                    importGlobally(file);
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> moduleFolders(Path folder, String moduleName) {
        if (moduleName != null) {
            Path named = folder.resolve(moduleName);
            return Files.isDirectory(named) ? List.of(named) : List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * What a module file exports, read once per version of the file: the session asks again for every command it
     * does not find, and reading means running a manifest and parsing a script module.
     */
    private final Map<Path, Exports> exports = new ConcurrentHashMap<>();

    /** A module's exported names: those a manifest lists, and the functions its script defines that patterns let through. */
    private record Exports(FileTime modified, Set<String> names) {
        boolean includes(String command) {
            return names.contains(command.toLowerCase(Locale.ROOT));
        }
    }

    private boolean exports(Path file, String commandName) {
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return false;
        }
        Exports known = exports.get(file);
        if (known == null || !known.modified().equals(modified)) {
            known = new Exports(modified, exportedNames(file));
            exports.put(file, known);
        }
        return known.includes(commandName);
    }

    /** The names a module (a manifest or a script module) exports, as far as reading its files tells, lower case. */
    private static Set<String> exportedNames(Path file) {
        Set<String> names = new HashSet<>();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            names.addAll(definedFunctions(file, List.of("*")));
            return names;
        }
        Map<?, ?> manifest;
        try {
            manifest = ModuleLoader.readManifest(file);
        } catch (IOException | RuntimeException e) {
            return names;
        }
        List<String> wildcards = new ArrayList<>();
        boolean anyKey = false;
        for (String key : EXPORT_KEYS) {
            Object value = ModuleLoader.manifestValue(manifest, key);
            if (value == null) {
                continue;
            }
            anyKey = true;
            for (String pattern : ModuleLoader.patterns(value, List.of())) {
                if (WildcardPattern.containsWildcardCharacters(pattern)) {
                    wildcards.add(pattern);
                } else {
                    names.add(pattern.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!anyKey) {
            wildcards.add("*");
        }
        Path root = ModuleLoader.rootModule(file, manifest);
        if (!wildcards.isEmpty() && root != null) {
            names.addAll(definedFunctions(root, wildcards));
        }
        return names;
    }

    /** The functions a script module's text defines that the patterns let through, lower case. */
    private static List<String> definedFunctions(Path script, List<String> patterns) {
        if (!script.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psm1") || !Files.isRegularFile(script)) {
            return List.of();
        }
        List<WildcardPattern> filters = patterns.stream()
                .map(p -> new WildcardPattern(p, WildcardPattern.IGNORE_CASE)).toList();
        try {
            return AstSearcher.findAll(ScriptParser.parse(ScriptSource.read(script)), FunctionDefinitionAst.class)
                    .stream().map(FunctionDefinitionAst::name)
                    .filter(name -> filters.stream().anyMatch(f -> f.isMatch(name)))
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException | ParseException e) {
            return List.of();
        }
    }

    private static void importGlobally(Path file) {
        ScriptBlock.create("Import-Module -Name '" + file.toString().replace("'", "''") + "'")
                .invokeAsList(new Object[0]);
    }
}
