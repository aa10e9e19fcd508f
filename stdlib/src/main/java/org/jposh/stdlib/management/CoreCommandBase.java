package org.jposh.stdlib.management;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * The base of the item and location cmdlets, as pwsh's CoreCommandBase: the FileSystem provider of the
 * session, path resolution that reports each missing path as its own non-terminating error, and the
 * writing of items.
 */
abstract class CoreCommandBase extends PSCmdlet {
    private FileSystemProvider provider;

    final FileSystemProvider provider() {
        if (provider == null) {
            provider = new FileSystemProvider(sessionState());
        }
        return provider;
    }

    /**
     * The existing items the paths name, wildcards expanded unless {@code literal}. A path without
     * wildcards that names nothing is a PathNotFound error; a wildcard that matches nothing is not.
     */
    final List<Path> resolveExisting(String[] paths, boolean literal, boolean force) {
        checkFileSystemAccess();
        List<Path> result = new ArrayList<>();
        for (String path : paths) {
            try {
                result.addAll(provider().resolveExisting(path, literal, force));
            } catch (ProviderException e) {
                writeError(e);
            }
        }
        return result;
    }

    /**
     * The items a path on a drive of the session's tables names (see {@link SessionStateProvider}); a
     * name without wildcards that names none is a PathNotFound error, as for files.
     */
    final List<SessionStateProvider.Item> sessionStateItems(SessionStateProvider.Target target, boolean literal) {
        List<SessionStateProvider.Item> items = target.provider().matching(sessionState(), target, literal);
        if (items.isEmpty() && (literal || !WildcardPattern.containsWildcardCharacters(target.name()))) {
            writeError(ProviderException.pathNotFound(target.displayPath()));
        }
        return items;
    }

    /** Reports a provider error as this command's non-terminating error. */
    final void writeError(ProviderException e) {
        writeError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(), e.exceptionType()));
    }

    /** Stops the command with a provider error. */
    final void throwTerminatingError(ProviderException e) {
        throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(), e.exceptionType()));
    }

    final void writeItem(FileSystemInfo item) {
        writeObject(FileSystemProvider.itemObject(item));
    }
}
