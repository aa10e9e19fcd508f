package org.jposh.stdlib.utility;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.stdlib.format.OutputRenderer;
import org.jposh.stdlib.format.TextLineOutput;

/**
 * Out-File: formats objects as Out-Default would and writes the lines to a file (UTF-8 without a
 * byte order mark unless -Encoding says otherwise), replacing it unless -Append. Relative paths are
 * taken from the process's working directory.
 */
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
    private String encoding;

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
        Path file = Path.of("").toAbsolutePath().resolve(path);
        EncodingChoice choice = encoding(encoding);
        try {
            boolean existed = Files.exists(file);
            if (noClobber && existed && !append) {
                throw fileError("The file '" + file + "' already exists.", "NoClobber", ErrorCategory.ResourceExists,
                        "IOException", path);
            }
            OutputStream stream = append
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(file);
            if (choice.bom().length > 0 && !(append && existed && Files.size(file) > 0)) {
                stream.write(choice.bom());
            }
            writer = new BufferedWriter(new OutputStreamWriter(stream, choice.charset()));
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

    private record EncodingChoice(Charset charset, byte[] bom) {
    }

    /** pwsh's -Encoding names; utf8 means UTF-8 without a byte order mark, as in pwsh 7. */
    private static EncodingChoice encoding(String name) {
        if (name == null) {
            return new EncodingChoice(StandardCharsets.UTF_8, new byte[0]);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "utf8", "utf8nobom", "default" -> new EncodingChoice(StandardCharsets.UTF_8, new byte[0]);
            case "utf8bom" -> new EncodingChoice(StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            case "ascii" -> new EncodingChoice(StandardCharsets.US_ASCII, new byte[0]);
            case "unicode" -> new EncodingChoice(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xff, (byte) 0xfe});
            case "bigendianunicode" -> new EncodingChoice(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xfe, (byte) 0xff});
            case "utf32" -> new EncodingChoice(Charset.forName("UTF-32LE"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
            case "bigendianutf32" -> new EncodingChoice(Charset.forName("UTF-32BE"), new byte[] {0, 0, (byte) 0xfe, (byte) 0xff});
            case "latin1" -> new EncodingChoice(StandardCharsets.ISO_8859_1, new byte[0]);
            case "ansi", "oem" -> new EncodingChoice(Charset.defaultCharset(), new byte[0]);
            default -> new EncodingChoice(charsetNamed(name), new byte[0]);
        };
    }

    private static Charset charsetNamed(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PoshException(new ErrorRecord("Cannot process argument transformation on parameter "
                    + "'Encoding'. '" + name + "' is not a supported encoding name. For information on defining a "
                    + "custom encoding, see the documentation for the Encoding.RegisterProvider method. "
                    + "(Parameter 'name')", "ParameterArgumentTransformationError,Microsoft.PowerShell.Commands."
                    + "OutFileCommand", ErrorCategory.InvalidData, name, "Out-File",
                    "ParameterBindingArgumentTransformationException", null), null);
        }
    }

    private static PoshException fileError(String message, String id, ErrorCategory category, String exception,
                                           String target) {
        return new PoshException(new ErrorRecord(message, id + ",Microsoft.PowerShell.Commands.OutFileCommand",
                category, target, "Out-File", exception, null), null);
    }
}
