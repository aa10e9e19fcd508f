package org.jposh.stdlib.utility;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * Tee-Object: passes its input on and also writes it to a file, one line per object as the host shows
 * it (objects are not yet formatted as tables). -Variable is not supported yet: cmdlets cannot reach
 * the caller's scope.
 */
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
    private String encoding;

    private Path file;
    private Writer out;

    @Override
    protected void beginProcessing() {
        checkFileSystemAccess();
        file = FileAccess.resolve(filePath != null ? filePath : literalPath);
        try {
            boolean appending = append && Files.exists(file) && Files.size(file) > 0;
            out = new BufferedWriter(FileEncoding.of(encoding).newWriter(FileAccess.openForWrite(file, append, false),
                    appending));
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, file.toString()));
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(FileAccess.openFailure(file, e), file.toString()));
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == AutomationNull.VALUE) {
            return;
        }
        try {
            if (inputObject != null) {
                out.write(LanguagePrimitives.toStringValue(inputObject));
                out.write('\n');
            }
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(FileAccess.ioFailure(e), file.toString()));
        }
        writeObject(inputObject);
    }

    @Override
    protected void endProcessing() {
        try {
            out.close();
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(FileAccess.ioFailure(e), file.toString()));
        }
    }
}
