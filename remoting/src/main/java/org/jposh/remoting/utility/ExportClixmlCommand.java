package org.jposh.remoting.utility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.io.FileStream;
import org.jposh.remoting.bridge.PsObjectBridge;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;
import org.jposh.stdlib.management.FileEncoding;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * Export-Clixml: the objects of the pipeline, serialized to -Depth (2 unless given) into one CLIXML document in a
 * file, written as they come (UTF-8 without a byte-order mark unless -Encoding says otherwise). The file is opened
 * as pwsh's PathUtils opens it: a wildcard path must name one file, -NoClobber refuses one that exists, -Force
 * writes over a read-only one; until then an existing file is left as it is.
 */
@UsesFileSystem
@Cmdlet(verb = "Export", noun = "Clixml", defaultParameterSetName = "ByPath", supportsShouldProcess = true)
public final class ExportClixmlCommand extends PSCmdlet {
    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int depth = 2;

    @Parameter(position = 0, mandatory = true, parameterSetName = "ByPath")
    private String path;

    @Parameter(mandatory = true, parameterSetName = "ByLiteralPath")
    @Alias({"PSPath", "LP"})
    private String literalPath;

    @Parameter(mandatory = true, valueFromPipeline = true)
    @AllowNull
    private Object inputObject;

    @Parameter
    private boolean force;

    @Parameter
    @Alias("NoOverwrite")
    private boolean noClobber;

    @Parameter
    @ValidateNotNullOrEmpty
    @TransformArgument(FileEncoding.Transformation.class)
    private FileEncoding encoding = FileEncoding.UTF8;

    private FileStream file;
    private ClixmlWriter document;
    private PsObjectBridge serializer;

    @Override
    protected void beginProcessing() {
        String given = path != null ? path : literalPath;
        if (!shouldProcess(given)) {
            return;
        }
        Path resolved;
        try {
            resolved = new FileSystemProvider(sessionState()).resolveFilePath(given, literalPath != null);
        } catch (ProviderException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                    e.exceptionType()));
        }
        if (force && !noClobber) {
            makeWritable(resolved);
        }
        try {
            file = FileStream.open(resolved, noClobber ? FileStream.CREATE_NEW : FileStream.CREATE, FileStream.WRITE,
                    FileStream.SHARE_READ);
        } catch (DotNetException e) {
            if (noClobber && Files.exists(resolved)) {
                throw throwTerminatingError(errorRecord("File " + given + " already exists and NoClobber was "
                        + "specified.", "NoClobber", ErrorCategory.ResourceExists, resolved.toString(),
                        e.shortTypeName()));
            }
            throw throwTerminatingError(errorRecord(e.getMessage(), "FileOpenFailure", ErrorCategory.OpenError, null,
                    e.shortTypeName()));
        }
        byte[] preamble = encoding.preamble();
        file.write(preamble, 0, preamble.length);
        document = ClixmlWriter.startDocument();
        serializer = PSSerializer.serializer();
    }

    /** -Force writes over a read-only file, as pwsh clears its read-only attribute (and, like pwsh, leaves it so). */
    private static void makeWritable(Path file) {
        if (Files.isRegularFile(file) && !Files.isWritable(file)) {
            try {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                permissions.add(PosixFilePermission.OWNER_WRITE);
                Files.setPosixFilePermissions(file, permissions);
            } catch (IOException | UnsupportedOperationException e) {
                // Opening the file then reports the denial, as pwsh does when it cannot change the attribute.
            }
        }
    }

    @Override
    protected void processRecord() {
        if (document != null) {
            document.writeObject(serializer.serializeNext(inputObject, depth), ClixmlWriter.UNLIMITED_DEPTH);
            writeText(document.take());
        }
    }

    @Override
    protected void endProcessing() {
        close();
    }

    /** A pipeline stopped early leaves a well-formed document of the objects written so far, as pwsh's does. */
    @Override
    protected void stopProcessing() {
        close();
    }

    private void close() {
        if (document == null) {
            return;
        }
        document.endDocument();
        try {
            writeText(document.take());
        } finally {
            document = null;
            file.close();
        }
    }

    private void writeText(String text) {
        byte[] bytes = text.getBytes(encoding.charset());
        try {
            file.write(bytes, 0, bytes.length);
            file.flush();
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.typeName(), ErrorCategory.NotSpecified, null,
                    e.shortTypeName()));
        }
    }
}
