package org.jposh.stdlib.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * defines, which are read from the script's text as pwsh's module analysis reads them, without running it. The module
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

    /** Whether the module (a manifest or a script module) exports the command, as far as reading its files tells. */
    private static boolean exports(Path file, String commandName) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1")) {
            return definesFunction(file, List.of("*"), commandName);
        }
        Map<?, ?> manifest;
        try {
            manifest = ModuleLoader.readManifest(file);
        } catch (IOException | RuntimeException e) {
            return false;
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
                if (!WildcardPattern.containsWildcardCharacters(pattern)) {
                    if (pattern.equalsIgnoreCase(commandName)) {
                        return true;
                    }
                } else {
                    wildcards.add(pattern);
                }
            }
        }
        if (!anyKey) {
            wildcards.add("*");
        }
        Path root = ModuleLoader.rootModule(file, manifest);
        return !wildcards.isEmpty() && root != null && definesFunction(root, wildcards, commandName);
    }

    /** Whether a script module's text defines a function of that name that the patterns let through. */
    private static boolean definesFunction(Path script, List<String> patterns, String commandName) {
        if (!script.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psm1") || !Files.isRegularFile(script)
                || patterns.stream().noneMatch(p -> new WildcardPattern(p, WildcardPattern.IGNORE_CASE)
                        .isMatch(commandName))) {
            return false;
        }
        try {
            return AstSearcher.findAll(ScriptParser.parse(ScriptSource.read(script)), FunctionDefinitionAst.class)
                    .stream().anyMatch(f -> f.name().equalsIgnoreCase(commandName));
        } catch (IOException | ParseException e) {
            return false;
        }
    }

    private static void importGlobally(Path file) {
        ScriptBlock.create("Import-Module -Name '" + file.toString().replace("'", "''") + "'")
                .invokeAsList(new Object[0]);
    }
}
