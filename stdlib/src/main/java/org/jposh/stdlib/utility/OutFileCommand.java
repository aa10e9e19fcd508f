package org.jposh.stdlib.utility;

import java.nio.file.Path;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.stdlib.management.FileEncoding;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * Out-File: formats objects as Out-Default would and writes the lines to a file (UTF-8 without a
 * byte order mark unless -Encoding says otherwise), replacing it unless -Append. Paths are resolved as
 * the file-system provider resolves them, relative to the session's current location.
 */
@UsesFileSystem
@Cmdlet(verb = "Out", noun = "File", defaultParameterSetName = "ByPath")
public final class OutFileCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, parameterSetName = "ByPath")
    @Alias("Path")
    private String filePath;

    @Parameter(mandatory = true, valueFromPipelineByPropertyName = true, parameterSetName = "ByLiteralPath")
    @Alias({"PSPath", "LP"})
    private String literalPath;

    @Parameter(position = 1)
    @ValidateNotNullOrEmpty
    @TransformArgument(FileEncoding.Transformation.class)
    private FileEncoding encoding = FileEncoding.UTF8;

    @Parameter
    private boolean append;

    @Parameter
    private boolean force;

    @Parameter
    @Alias("NoOverwrite")
    private boolean noClobber;

    @Parameter
    @ValidateRange(min = 2, max = Integer.MAX_VALUE)
    private int width;

    @Parameter
    private boolean noNewline;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    private FormattedFile file;

    @Override
    protected void beginProcessing() {
        String path = filePath != null ? filePath : literalPath;
        Path resolved;
        try {
            resolved = new FileSystemProvider(sessionState()).resolve(path);
        } catch (ProviderException e) {
            throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(), e.exceptionType()));
            return;
        }
        file = new FormattedFile(resolved, path, encoding, append, noClobber, noNewline, width,
                host().ui().bufferWidth());
    }

    @Override
    protected void processRecord() {
        file.write(inputObject);
    }

    @Override
    protected void endProcessing() {
        file.close();
    }
}
