package org.jposh.stdlib.management;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.DynamicParameters;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-ChildItem: the items in containers, or the items themselves for leaves and wildcard matches.
 * Children come as pwsh lists them: per directory, its subdirectories then its files, each sorted by
 * name ignoring case, then (with -Recurse) the contents of each subdirectory in the same order.
 * Hidden items (names starting with a dot) are left out unless -Force or -Hidden; symbolic links to
 * directories are listed but not followed.
 *
 * <p>With -Recurse, a leaf pattern such as {@code *.txt} becomes an -Include filter applied from its
 * parent directory downwards, as in pwsh's SessionStateContainer.GetChildItems.
 *
 * <p>Recursive listings check {@link #checkStopping()} per item, so that a stopped pipeline or an
 * interrupted or cancelled context ends the walk promptly.
 */
@UsesFileSystem
@Cmdlet(verb = "Get", noun = "ChildItem", defaultParameterSetName = "Items")
public final class GetChildItemCommand extends CoreCommandBase implements DynamicParameters {
    @Parameter(position = 0, parameterSetName = "Items", valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralItems", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(position = 1)
    private String filter;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    @Alias("s")
    private boolean recurse;

    @Parameter
    private Long depth;

    @Parameter
    private boolean force;

    @Parameter
    private boolean name;

    private final FileSystemParameters fileSystem = new FileSystemParameters();

    /**
     * The FileSystem provider's parameters (dynamic in pwsh, GetChildDynamicParameters): only files or
     * directories, or hidden items only.
     */
    static final class FileSystemParameters {
        @Parameter
        @Alias({"ad", "d"})
        private boolean directory;

        @Parameter
        @Alias("af")
        private boolean file;

        @Parameter
        @Alias({"ah", "h"})
        private boolean hidden;
    }

    /** The FileSystem parameters when the first path (or the current location) is in the file system. */
    @Override
    public Object getDynamicParameters() {
        String[] paths = literalPath != null ? literalPath : path;
        String first = paths == null || paths.length == 0 ? "." : paths[0];
        return SessionStateProvider.parse(first) == null ? fileSystem : null;
    }

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String[] paths = literal ? literalPath : path == null ? new String[] {"."} : path;
        boolean recursive = recurse || depth != null;
        long maxDepth = depth == null ? Long.MAX_VALUE : depth;
        for (String p : paths) {
            SessionStateProvider.Target target = SessionStateProvider.parse(p);
            if (target != null) {
                for (SessionStateProvider.Item item : sessionStateItems(target, literal)) {
                    writeObject(name ? item.name() : target.provider().itemObject(item));
                }
                continue;
            }
            list(p, literal, recursive, maxDepth);
        }
    }

    private void list(String path, boolean literal, boolean recursive, long maxDepth) {
        List<String> includes = new ArrayList<>(include == null ? List.of() : Arrays.asList(include));
        String listed = path;
        if (recursive && !literal && !path.endsWith("/") && !path.endsWith("\\")) {
            String leaf = leafOf(path);
            if (leaf.equals("*") && (fileSystem.file || fileSystem.directory)) {
                listed = path.substring(0, path.length() - leaf.length());
            } else if (includes.isEmpty() && !isContainer(path)) {
                if (!leaf.equals("*")) {
                    includes.add(leaf);
                }
                listed = path.substring(0, path.length() - leaf.length());
            }
            if (listed.isEmpty()) {
                listed = ".";
            }
        }
        ItemFilter itemFilter = new ItemFilter(filter, includes, exclude);
        boolean glob = !literal && WildcardPattern.containsWildcardCharacters(listed);
        boolean filtering = (recursive && glob && includes.isEmpty()) || itemFilter.hasIncludeOrExclude();
        for (Path item : resolveExisting(new String[] {listed}, literal, force || fileSystem.hidden)) {
            checkStopping();
            if (Files.isDirectory(item) && (filtering || !glob || recursive)) {
                listChildren(item, item, itemFilter, recursive, maxDepth);
            } else if (itemFilter.passesIncludeExclude(item.getFileName() == null ? "/" : item.getFileName().toString())) {
                writeListed(item, item.getParent() == null ? item : item.getParent());
            }
        }
    }

    private boolean isContainer(String path) {
        try {
            List<Path> matches = provider().expand(path, false, true);
            return matches.size() == 1 && Files.isDirectory(matches.getFirst());
        } catch (ProviderException e) {
            return false;
        }
    }

    private static String leafOf(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private void listChildren(Path directory, Path root, ItemFilter itemFilter, boolean recursive, long depthLeft) {
        List<Path> children = FileSystemProvider.children(directory);
        for (Path child : children) {
            checkStopping();
            String childName = child.getFileName().toString();
            if (visible(childName) && itemFilter.passes(childName)) {
                writeListed(child, root);
            }
        }
        if (!recursive || depthLeft <= 0) {
            return;
        }
        for (Path child : children) {
            checkStopping();
            if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
                    && (force || fileSystem.hidden || !child.getFileName().toString().startsWith("."))) {
                listChildren(child, root, itemFilter, true, depthLeft - 1);
            }
        }
    }

    /** Hidden items only with -Force, or only hidden ones with -Hidden. */
    private boolean visible(String childName) {
        boolean isHidden = childName.startsWith(".");
        return fileSystem.hidden ? isHidden : force || !isHidden;
    }

    /** Writes the item, or with -Name its path relative to the listed container. */
    private void writeListed(Path item, Path root) {
        boolean isDirectory = Files.isDirectory(item);
        if ((fileSystem.file && isDirectory) || (fileSystem.directory && !isDirectory)) {
            return;
        }
        if (name) {
            String relative = root.relativize(item).toString();
            PSObject text = new PSObject(relative.isEmpty() ? item.getFileName().toString() : relative);
            FileSystemProvider.addNotes(text, item, item.getFileName().toString(), isDirectory);
            writeObject(text);
        } else {
            writeItem(FileSystemInfo.of(item));
        }
    }
}
