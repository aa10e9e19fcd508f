package org.jposh.stdlib.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jposh.interpreter.commands.ModuleFinder;
import org.jposh.interpreter.commands.ModuleSpecification;
import org.jposh.interpreter.runtime.SessionState;

/**
 * Finds the module of a {@code using module} statement as pwsh's parser does, with
 * {@code Get-Module -ListAvailable -FullyQualifiedName}: the module files a path or name stands for (every version
 * of a named module, the highest first), the first whose version the specification allows.
 */
public final class AvailableModuleFinder implements ModuleFinder {
    @Override
    public FoundModule find(SessionState sessionState, ModuleSpecification module) {
        for (Path file : candidates(sessionState, module.name())) {
            try {
                PSModuleInfo described = ModuleLoader.describe(file);
                if (module.allows(described.version())) {
                    return new FoundModule(file, scriptModule(file));
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot read the module file '" + file + "': " + e.getMessage());
            }
        }
        return null;
    }

    private static List<Path> candidates(SessionState sessionState, String name) {
        List<Path> files = new ArrayList<>();
        if (ModuleLoader.isPath(name)) {
            Path path = sessionState.resolveFileSystemPath(name);
            if (Files.isDirectory(path)) {
                files.addAll(ModuleLoader.moduleFilesIn(path, path.getFileName().toString()));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            }
            return files;
        }
        for (Path folder : ModuleLoader.moduleFolders(sessionState)) {
            Path candidate = folder.resolve(name);
            if (Files.isDirectory(candidate)) {
                files.addAll(ModuleLoader.moduleFilesIn(candidate, name));
            }
        }
        return files;
    }

    /** The script module whose types the module exports: the file itself or a manifest's root module, if a .psm1. */
    private static Path scriptModule(Path file) throws IOException {
        Path script = isManifest(file) ? ModuleLoader.rootModule(file, ModuleLoader.readManifest(file)) : file;
        return script != null && script.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psm1")
                && Files.isRegularFile(script) ? script : null;
    }

    private static boolean isManifest(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".psd1");
    }
}
