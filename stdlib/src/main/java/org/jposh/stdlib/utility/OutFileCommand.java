package org.jposh.stdlib.utility;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.stdlib.format.OutputRenderer;
import org.jposh.stdlib.format.TextLineOutput;
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

    private BufferedWriter writer;
    private OutputRenderer renderer;

    @Override
    protected void beginProcessing() {
        String path = filePath != null ? filePath : literalPath;
        Path file;
        try {
            file = new FileSystemProvider(sessionState()).resolve(path);
        } catch (ProviderException e) {
            throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(), e.exceptionType()));
            return;
        }
        try {
            boolean existed = Files.exists(file);
            if (noClobber && existed && !append) {
                throw fileError("The file '" + file + "' already exists.", "NoClobber", ErrorCategory.ResourceExists,
                        "IOException", path);
            }
            OutputStream stream = append
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
            if (!(append && existed && Files.size(file) > 0)) {
                stream.write(encoding.preamble());
            }
            writer = new BufferedWriter(new OutputStreamWriter(stream, encoding.charset()));
        } catch (NoSuchFileException e) {
            throw fileError("Could not find a part of the path '" + file + "'.", "FileOpenFailure",
                    ErrorCategory.OpenError, "DirectoryNotFoundException", path);
        } catch (IOException e) {
            throw fileError(e.getMessage(), "FileOpenFailure", ErrorCategory.OpenError, "IOException", path);
        }
        renderer = new OutputRenderer(new TextLineOutput(width, host().ui().bufferWidth(), this::writeLine));
    }

    private void writeLine(String line) {
        try {
            writer.write(line);
            if (!noNewline) {
                writer.write('\n');
            }
        } catch (IOException e) {
            throw fileError(e.getMessage(), "FileWriteFailure", ErrorCategory.WriteError, "IOException", null);
        }
    }

    @Override
    protected void processRecord() {
        renderer.process(inputObject);
    }

    @Override
    protected void endProcessing() {
        renderer.end();
        try {
            writer.close();
        } catch (IOException e) {
            throw fileError(e.getMessage(), "FileWriteFailure", ErrorCategory.WriteError, "IOException", null);
        }
    }

    private static PoshException fileError(String message, String id, ErrorCategory category, String exception,
                                           String target) {
        return new PoshException(new ErrorRecord(message, id + ",Microsoft.PowerShell.Commands.OutFileCommand",
                category, target, "Out-File", exception, null), null);
    }
}
