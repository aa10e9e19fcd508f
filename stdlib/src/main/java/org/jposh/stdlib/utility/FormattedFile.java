package org.jposh.stdlib.utility;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.stdlib.format.OutputRenderer;
import org.jposh.stdlib.format.TextLineOutput;
import org.jposh.stdlib.management.FileEncoding;

/**
 * A file objects are written to as Out-Default would show them (Out-File, and Tee-Object, which pwsh runs
 * Out-File for): opened (replaced unless appending; the encoding's preamble on a new or empty file), fed one
 * object at a time, closed at the end. Its errors are Out-File's, with its ids.
 */
final class FormattedFile {
    private final BufferedWriter writer;
    private final OutputRenderer renderer;
    private final boolean noNewline;

    /**
     * @param path the path as the user gave it, the errors' target
     * @param width the line width, or 0 for the host's
     * @throws PoshException Out-File's NoClobber or FileOpenFailure error
     */
    FormattedFile(Path file, String path, FileEncoding encoding, boolean append, boolean noClobber, boolean noNewline,
                  int width, int hostWidth) {
        this.noNewline = noNewline;
        try {
            boolean existed = Files.exists(file);
            if (noClobber && existed && !append) {
                throw error("The file '" + file + "' already exists.", "NoClobber", ErrorCategory.ResourceExists,
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
            throw error("Could not find a part of the path '" + file + "'.", "FileOpenFailure",
                    ErrorCategory.OpenError, "DirectoryNotFoundException", path);
        } catch (IOException e) {
            throw error(e.getMessage(), "FileOpenFailure", ErrorCategory.OpenError, "IOException", path);
        }
        renderer = new OutputRenderer(new TextLineOutput(width, hostWidth, this::writeLine));
    }

    void write(Object value) {
        renderer.process(value);
    }

    /** Writes what formatting kept back (a table's last rows) and closes the file. */
    void close() {
        renderer.end();
        try {
            writer.close();
        } catch (IOException e) {
            throw error(e.getMessage(), "FileWriteFailure", ErrorCategory.WriteError, "IOException", null);
        }
    }

    private void writeLine(String line) {
        try {
            writer.write(line);
            if (!noNewline) {
                writer.write('\n');
            }
        } catch (IOException e) {
            throw error(e.getMessage(), "FileWriteFailure", ErrorCategory.WriteError, "IOException", null);
        }
    }

    private static PoshException error(String message, String id, ErrorCategory category, String exception,
                                       String target) {
        return new PoshException(new ErrorRecord(message, id + ",Microsoft.PowerShell.Commands.OutFileCommand",
                category, target, "Out-File", exception, null), null);
    }
}
