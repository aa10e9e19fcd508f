package org.jposh.stdlib.management;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.runtime.DateTime;

/**
 * Test-Path: whether each path names an item (of the -PathType asked for), one boolean per path; or
 * with -IsValid whether the path is well-formed. A null or empty path is $false, as in pwsh 7.
 */
@UsesFileSystem
@Cmdlet(verb = "Test", noun = "Path", defaultParameterSetName = "Path")
public final class TestPathCommand extends CoreCommandBase {
    /** What -PathType asks for (Microsoft.PowerShell.Commands.TestPathType). */
    public enum TestPathType { Any, Container, Leaf }

    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @AllowNull
    @AllowEmptyCollection
    @AllowEmptyString
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    @AllowNull
    @AllowEmptyCollection
    @AllowEmptyString
    private String[] literalPath;

    @Parameter
    private String filter;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    @Alias("Type")
    private TestPathType pathType = TestPathType.Any;

    @Parameter
    private boolean isValid;

    /** The FileSystem provider's dynamic parameters: the item must have been last written before / after. */
    @Parameter
    private DateTime olderThan;

    @Parameter
    private DateTime newerThan;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String[] paths = literal ? literalPath : path;
        if (paths == null) {
            writeObject(false);
            return;
        }
        ItemFilter itemFilter = new ItemFilter(filter, include == null ? List.of() : List.of(include), exclude);
        for (String p : paths) {
            writeObject(p != null && !p.isEmpty() && (isValid ? valid(p) : exists(p, literal, itemFilter)));
        }
    }

    private boolean valid(String p) {
        try {
            provider().resolve(p);
            return true;
        } catch (ProviderException | InvalidPathException e) {
            return false;
        }
    }

    private boolean exists(String p, boolean literal, ItemFilter itemFilter) {
        SessionStateProvider.Target target = SessionStateProvider.parse(p);
        if (target != null) {
            return target.isDrive() ? pathType != TestPathType.Leaf : pathType != TestPathType.Container
                    && !target.provider().matching(sessionState(), target, literal).isEmpty();
        }
        try {
            for (Path item : provider().expand(p, literal, true)) {
                String itemName = item.getFileName() == null ? "/" : item.getFileName().toString();
                if (FileSystemProvider.exists(item) && itemFilter.passes(itemName) && hasType(item) && hasAge(item)) {
                    return true;
                }
            }
            return false;
        } catch (ProviderException | InvalidPathException e) {
            return false;
        }
    }

    private boolean hasAge(Path item) {
        if (olderThan == null && newerThan == null) {
            return true;
        }
        DateTime lastWriteTime = FileSystemInfo.of(item).lastWriteTime();
        return (olderThan == null || lastWriteTime.compareTo(olderThan) < 0)
                && (newerThan == null || lastWriteTime.compareTo(newerThan) > 0);
    }

    private boolean hasType(Path item) {
        return switch (pathType) {
            case Any -> true;
            case Container -> Files.isDirectory(item);
            case Leaf -> !Files.isDirectory(item);
        };
    }
}
