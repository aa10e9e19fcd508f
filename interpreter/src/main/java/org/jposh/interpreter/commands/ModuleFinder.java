package org.jposh.interpreter.commands;

import java.nio.file.Path;
import org.jposh.interpreter.runtime.SessionState;

/**
 * Finds modules for {@code using module} while a script is compiled, as pwsh asks
 * {@code Get-Module -ListAvailable -FullyQualifiedName} then: the library that implements modules (the
 * standard library) sets one on each session ({@link SessionState#setModuleFinder}).
 */
public interface ModuleFinder {
    /**
     * A module found: its file (the manifest or the script module), and the script module whose classes and
     * enums it exports (the file itself, or the manifest's root module; null when it has none).
     */
    record FoundModule(Path file, Path rootScript) {
        /** The module's name, which qualifies the names of its types ({@code [Foo.Foo]}). */
        public String name() {
            return moduleName(file);
        }
    }

    /** A module's name: its file's name without the extension. */
    static String moduleName(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /**
     * The module a specification names: a path (relative to the session's location) or a name looked up in
     * $env:PSModulePath, the highest version the specification allows; null when there is none.
     *
     * @throws IllegalArgumentException with the message of a manifest that cannot be read
     */
    FoundModule find(SessionState sessionState, ModuleSpecification module);
}
