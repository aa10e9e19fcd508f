package org.jposh.stdlib.utility;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.stdlib.management.FileEncoding;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * Tee-Object: passes its input on and also saves it, as pwsh does through Out-File (a file, the objects formatted
 * as the host shows them) or Set-Variable (a variable of the caller's scope: the one object, or an array of them).
 */
@UsesFileSystem
@Cmdlet(verb = "Tee", noun = "Object", defaultParameterSetName = "File")
public final class TeeObjectCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(mandatory = true, position = 0, parameterSetName = "File")
    @Alias("Path")
    private String filePath;

    @Parameter(mandatory = true, parameterSetName = "LiteralFile")
    @Alias({"PSPath", "LP"})
    private String literalPath;

    @Parameter(parameterSetName = "File")
    private boolean append;

    @Parameter(parameterSetName = "File")
    @Parameter(parameterSetName = "LiteralFile")
    @ValidateNotNullOrEmpty
    @TransformArgument(FileEncoding.Transformation.class)
    private FileEncoding encoding = FileEncoding.UTF8;

    @Parameter(mandatory = true, parameterSetName = "Variable")
    private String variable;

    private FormattedFile file;
    private final List<Object> values = new ArrayList<>();

    @Override
    protected void beginProcessing() {
        if (variable != null) {
            return;
        }
        String path = filePath != null ? filePath : literalPath;
        Path resolved;
        try {
            resolved = new FileSystemProvider(sessionState()).resolve(path);
        } catch (ProviderException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                    e.exceptionType()));
        }
        file = new FormattedFile(resolved, path, encoding, append, false, false, 0, host().ui().bufferWidth());
    }

    @Override
    protected void processRecord() {
        if (inputObject == AutomationNull.VALUE) {
            return;
        }
        if (file != null) {
            file.write(inputObject);
        } else {
            values.add(inputObject);
        }
        writeObject(inputObject);
    }

    @Override
    protected void endProcessing() {
        if (file != null) {
            file.close();
        } else {
            sessionState().currentScope().set(variable, values.isEmpty() ? null
                    : values.size() == 1 ? values.getFirst() : values.toArray());
        }
    }
}
