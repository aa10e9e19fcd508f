package org.jposh.stdlib.utility;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.TypeData;
import org.jposh.interpreter.runtime.TypeTable;

/**
 * Remove-TypeData: removes all of a type name's extended type data (-TypeName, or a TypeData's), or the type data
 * of types.ps1xml files the session loaded (-Path, the table then being made anew without them).
 */
@UsesFileSystem
@Cmdlet(verb = "Remove", noun = "TypeData", defaultParameterSetName = "RemoveTypeDataSet", supportsShouldProcess = true)
public final class RemoveTypeDataCommand extends TypeDataCommandBase {
    @Parameter(parameterSetName = "RemoveTypeSet", mandatory = true, position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @TransformArgument(TypeDataCommandBase.ArgumentToTypeName.class)
    @ValidateNotNullOrEmpty
    private String typeName;

    @Parameter(parameterSetName = "RemoveFileSet", mandatory = true)
    @ValidateNotNullOrEmpty
    private String[] path;

    @Parameter(parameterSetName = "RemoveTypeDataSet", mandatory = true, valueFromPipeline = true)
    private TypeData typeData;

    @Override
    protected void processRecord() {
        TypeTable table = TypeTable.current();
        if (path != null) {
            removeFiles(table);
            return;
        }
        String name = typeData != null ? typeData.typeName() : typeName;
        if (name == null || name.isBlank()) {
            throw throwTerminatingError(error("TargetTypeNameEmpty",
                    "The target type name should not be null, empty, or contain only white spaces.", name));
        }
        if (shouldProcess("Name of the type that will be removed: " + name, "Remove TypeData")) {
            String message = table.remove(name);
            if (message != null) {
                writeError(errorRecord(message, "TypesDynamicRemoveException", ErrorCategory.InvalidOperation, null,
                        "RuntimeException"));
            }
        }
    }

    private void removeFiles(TypeTable table) {
        List<Path> files = glob(path, "TypePathException");
        if (files.isEmpty()) {
            return;
        }
        List<Path> loaded = table.files();
        List<Path> removed = new ArrayList<>();
        for (Path file : files) {
            if (!shouldProcess("FileName: " + file, "Remove type file")) {
                continue;
            }
            if (loaded.contains(file)) {
                removed.add(file);
            } else {
                writeError(error("TypeFileNotExistsInCurrentSession", "The file " + file
                        + " is not imported into the current session.", null));
            }
        }
        if (!removed.isEmpty()) {
            for (String message : table.reload(List.of(), List.of(), removed, TypesFile::read)) {
                writeError(errorRecord(message, "TypesFileRemoveException", ErrorCategory.InvalidOperation, null,
                        "RuntimeException"));
            }
        }
    }
}
