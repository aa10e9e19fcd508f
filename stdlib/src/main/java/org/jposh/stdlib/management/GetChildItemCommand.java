package org.jposh.stdlib.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.DynamicParameters;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.FlagsExpression;
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

    /** What -Attributes and the attribute switches ask for, built once the parameters are bound. */
    private AttributeFilter attributeFilter;

    /**
     * The FileSystem provider's parameters (dynamic in pwsh, GetChildDynamicParameters): an -Attributes
     * expression, the attribute switches (which must all hold), and -FollowSymlink.
     */
    static final class FileSystemParameters {
        @Parameter
        private FlagsExpression<FileAttributes> attributes;

        @Parameter
        private boolean followSymlink;

        @Parameter
        @Alias({"ad", "d"})
        private boolean directory;

        @Parameter
        @Alias("af")
        private boolean file;

        @Parameter
        @Alias({"ah", "h"})
        private boolean hidden;

        @Parameter
        @Alias("ar")
        private boolean readOnly;

        @Parameter
        @Alias("as")
        private boolean system;
    }

    /** The FileSystem parameters when the first path (or the current location) is in the file system. */
    @Override
    public Object getDynamicParameters() {
        String[] paths = literalPath != null ? literalPath : path;
        String first = paths == null || paths.length == 0 ? "." : paths[0];
        return SessionStateProvider.parse(first) == null ? fileSystem : null;
    }

    /**
     * pwsh's attribute filtering: an item is listed when the -Attributes expression and the switches'
     * expression ("Directory+!Directory+System+ReadOnly+Hidden" for those given) both hold; hidden items
     * only with -Force or when either expression names Hidden.
     */
    private record AttributeFilter(FlagsExpression<FileAttributes> expression,
                                   FlagsExpression<FileAttributes> switches, boolean showHidden) {
        static AttributeFilter of(FileSystemParameters p, boolean force) {
            List<String> terms = new ArrayList<>();
            if (p.directory) {
                terms.add("Directory");
            }
            if (p.file) {
                terms.add("!Directory");
            }
            if (p.system) {
                terms.add("System");
            }
            if (p.readOnly) {
                terms.add("ReadOnly");
            }
            if (p.hidden) {
                terms.add("Hidden");
            }
            FlagsExpression<FileAttributes> switches = terms.isEmpty() ? null
                    : FlagsExpression.convert(FileAttributes.class, String.join("+", terms));
            long hiddenFlag = FileAttributes.Hidden.value();
            boolean named = (p.attributes != null && p.attributes.existsInExpression(hiddenFlag))
                    || (switches != null && switches.existsInExpression(hiddenFlag));
            return new AttributeFilter(p.attributes, switches, force || named);
        }

        boolean passes(Path item) {
            if (!showHidden && isHidden(item)) {
                return false;
            }
            if (expression == null && switches == null) {
                return true;
            }
            long attributes = FileSystemInfo.of(item).attributes();
            return (expression == null || expression.evaluate(attributes))
                    && (switches == null || switches.evaluate(attributes));
        }

        static boolean isHidden(Path item) {
            return item.getFileName() != null && item.getFileName().toString().startsWith(".");
        }
    }

    @Override
    protected void beginProcessing() {
        attributeFilter = AttributeFilter.of(fileSystem, force);
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
        for (Path item : resolveExisting(new String[] {listed}, literal, attributeFilter.showHidden())) {
            checkStopping();
            if (Files.isDirectory(item) && (filtering || !glob || recursive)) {
                Set<Object> visited = recursive && fileSystem.followSymlink ? new HashSet<>() : null;
                if (visited != null) {
                    visited.add(fileKey(item));
                }
                listChildren(item, item, itemFilter, recursive, maxDepth, visited);
            } else if (itemFilter.passesIncludeExclude(item.getFileName() == null ? "/" : item.getFileName().toString())
                    && attributeFilter.passes(item)) {
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

    /**
     * Lists a directory's children and, when recursive, the subdirectories' children after them. Links to
     * directories are entered only with -FollowSymlink, which keeps the directories already listed in
     * {@code visited} (by file key) and skips one seen again with pwsh's warning, so link loops end.
     */
    private void listChildren(Path directory, Path root, ItemFilter itemFilter, boolean recursive, long depthLeft,
                              Set<Object> visited) {
        List<Path> children = FileSystemProvider.children(directory);
        for (Path child : children) {
            checkStopping();
            if (itemFilter.passes(child.getFileName().toString()) && attributeFilter.passes(child)) {
                writeListed(child, root);
            }
        }
        if (!recursive || depthLeft <= 0) {
            return;
        }
        for (Path child : children) {
            checkStopping();
            if (!Files.isDirectory(child) || (!attributeFilter.showHidden() && AttributeFilter.isHidden(child))) {
                continue;
            }
            if (visited == null) {
                if (Files.isSymbolicLink(child)) {
                    continue;
                }
            } else if (!visited.add(fileKey(child))) {
                writeWarning("Skip already-visited directory " + child + ".");
                continue;
            }
            listChildren(child, root, itemFilter, true, depthLeft - 1, visited);
        }
    }

    /** The directory's identity (device and inode) through links, or its real path where there is none. */
    private static Object fileKey(Path directory) {
        try {
            Object key = Files.readAttributes(directory, BasicFileAttributes.class).fileKey();
            return key != null ? key : directory.toRealPath();
        } catch (IOException e) {
            return directory;
        }
    }

    /** Writes the item, or with -Name its path relative to the listed container. */
    private void writeListed(Path item, Path root) {
        boolean isDirectory = Files.isDirectory(item);
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
