package org.jposh.stdlib.management;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Moving the session's location, shared by Set-Location and Push-Location: the path must name exactly
 * one existing container (pwsh's SessionState.SetLocation).
 */
final class LocationChange {
    private LocationChange() {
    }

    /**
     * The container the path names.
     *
     * @throws ProviderException PathNotFound when nothing or a file is there, PathResolvedToMultiple for
     *                           a wildcard matching several items
     */
    static Path target(FileSystemProvider provider, String path, boolean literal) {
        List<Path> matches = provider.expand(path, literal, false);
        if (matches.size() > 1) {
            throw new ProviderException("PathResolvedToMultiple", ErrorCategory.InvalidArgument,
                    "PSArgumentException", path, "Cannot set the location because path '" + path
                    + "' resolved to multiple containers. You can only set the location to a single container at a time.");
        }
        if (matches.isEmpty() || !Files.isDirectory(matches.getFirst())) {
            throw ProviderException.pathNotFound(matches.isEmpty() ? path : matches.getFirst().toString());
        }
        return matches.getFirst();
    }
}
