package org.jposh.stdlib.management;

import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;

/**
 * Get-Item: the items the paths name (wildcards expanded; hidden items match them only with -Force),
 * files or the items of the Env:, Variable:, Function: and Alias: drives (the root of one of those
 * drives stands for all its items).
 */
@UsesFileSystem
@Cmdlet(verb = "Get", noun = "Item", defaultParameterSetName = "Path")
public final class GetItemCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "Path", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter
    private String filter;

    @Parameter
    private String[] include;

    @Parameter
    private String[] exclude;

    @Parameter
    private boolean force;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        ItemFilter itemFilter = new ItemFilter(filter, include == null ? List.of() : List.of(include), exclude);
        for (String p : literal ? literalPath : path) {
            SessionStateProvider.Target target = SessionStateProvider.parse(p);
            if (target != null) {
                for (SessionStateProvider.Item item : sessionStateItems(target, literal)) {
                    writeObject(target.provider().itemObject(item));
                }
                continue;
            }
            for (Path item : resolveExisting(new String[] {p}, literal, force)) {
                if (itemFilter.passes(item.getFileName() == null ? "/" : item.getFileName().toString())) {
                    writeItem(FileSystemInfo.of(item));
                }
            }
        }
    }
}
