package org.jposh.stdlib.utility;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * Export-Csv: the lines ConvertTo-Csv would write, into a file. With -Append to a file that has
 * content, the file's header decides the columns and no header is written; an object lacking one of
 * them stops the command unless -Force.
 */
@UsesFileSystem
@Cmdlet(verb = "Export", noun = "Csv", defaultParameterSetName = "Delimiter", supportsShouldProcess = true)
public final class ExportCsvCommand extends CsvWritingCommand {
    @Parameter(mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private Object inputObject;

    @Parameter(position = 0)
    @ValidateNotNullOrEmpty
    private String path;

    @Parameter
    @ValidateNotNullOrEmpty
    @Alias({"PSPath", "LP"})
    private String literalPath;

    @Parameter
    private boolean force;

    @Parameter
    @Alias("NoOverwrite")
    private boolean noClobber;

    @Parameter
    private String encoding;

    @Parameter
    private boolean append;

    private Path file;
    private Writer out;
    private List<String> existingColumns;
    private boolean headerChecked;

    @Override
    protected void beginProcessing() {
        super.beginProcessing();
        if ((path == null) == (literalPath == null)) {
            throw throwTerminatingError(errorRecord("You must specify either the -Path or -LiteralPath parameters, but "
                    + "not both.", "CannotSpecifyPathAndLiteralPath", ErrorCategory.InvalidData, null,
                    "InvalidOperationException"));
        }
        if (append && noHeader()) {
            throw throwTerminatingError(errorRecord("You must specify either the -Append or -NoHeader parameters, but "
                    + "not both.", "CannotSpecifyBothAppendAndNoHeader", ErrorCategory.InvalidData, null,
                    "InvalidOperationException"));
        }
        file = FileAccess.resolve(path != null ? path : literalPath);
        if (!shouldProcess(file.toString())) {
            return;
        }
        try {
            FileEncoding fileEncoding = FileEncoding.of(encoding);
            boolean appending = append && Files.exists(file) && Files.size(file) > 0;
            if (appending) {
                existingColumns = readHeader(fileEncoding);
            }
            out = new BufferedWriter(fileEncoding.newWriter(FileAccess.openForWrite(file, append, noClobber), appending));
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, file.toString()));
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(FileAccess.openFailure(file, e), file.toString()));
        }
    }

    private List<String> readHeader(FileEncoding fileEncoding) throws IOException {
        try (Reader reader = fileEncoding.newReader(FileAccess.openForRead(file))) {
            CsvReader csv = new CsvReader(reader, effectiveDelimiter(), null, null);
            csv.readHeader();
            return csv.header();
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == null || out == null) {
            return;
        }
        if (existingColumns != null && !headerChecked) {
            headerChecked = true;
            checkAppendedColumns();
        }
        writeRecord(inputObject, existingColumns);
    }

    private void checkAppendedColumns() {
        TreeSet<String> appended = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        appended.addAll(CsvWriter.propertyNames(inputObject));
        for (String column : existingColumns) {
            if (!appended.contains(column) && !force) {
                closeFile();
                throw throwTerminatingError(errorRecord("Cannot append CSV content to the following file: "
                        + (path != null ? path : literalPath) + ". The appended object does not have a property that corresponds to the following column: "
                        + column + ". To continue with mismatched properties, add the -Force parameter, and then retry "
                        + "the command.", "CannotAppendCsvWithMismatchedPropertyNames", ErrorCategory.InvalidData, column,
                        "InvalidOperationException"));
            }
        }
    }

    @Override
    protected void endProcessing() {
        closeFile();
    }

    private void closeFile() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(FileAccess.ioFailure(e), file.toString()));
        } finally {
            out = null;
        }
    }

    @Override
    protected boolean skipEmptyLines() {
        return false;
    }

    @Override
    protected void writeCsvLine(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(FileAccess.ioFailure(e), file.toString()));
        }
    }
}
