package org.jposh.stdlib.utility;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.PSRuntimeException;

/** Import-Csv: the records of CSV files as custom objects (see {@link CsvReader}). */
@UsesFileSystem
@Cmdlet(verb = "Import", noun = "Csv", defaultParameterSetName = "DelimiterPath")
public final class ImportCsvCommand extends PSCmdlet {
    @Parameter(position = 1, parameterSetName = "DelimiterPath")
    @Parameter(position = 1, parameterSetName = "DelimiterLiteralPath")
    private char delimiter;

    @Parameter(position = 0, parameterSetName = "DelimiterPath", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "CulturePath", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String[] path;

    @Parameter(parameterSetName = "DelimiterLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "CultureLiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(parameterSetName = "CulturePath", mandatory = true)
    @Parameter(parameterSetName = "CultureLiteralPath", mandatory = true)
    private boolean useCulture;

    @Parameter
    @ValidateNotNullOrEmpty
    private String[] header;

    @Parameter
    private String encoding;

    private boolean warnedUnspecifiedName;

    @Override
    protected void processRecord() {
        for (String p : path != null ? path : literalPath) {
            Path file = FileAccess.resolve(p);
            try (Reader reader = FileEncoding.of(encoding).newReader(FileAccess.openForRead(file))) {
                CsvReader csv = new CsvReader(reader, delimiter == '\0' ? ',' : delimiter,
                        header == null ? null : List.of(header), null);
                warnedUnspecifiedName = csv.importRecords(this::writeObject, this::writeWarning, warnedUnspecifiedName);
            } catch (PSRuntimeException e) {
                throw throwTerminatingError(errorRecord(e, file.toString()));
            } catch (IOException e) {
                throw throwTerminatingError(errorRecord(FileAccess.ioFailure(e), file.toString()));
            }
        }
    }
}
