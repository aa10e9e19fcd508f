package org.jposh.stdlib.utility;

import java.io.StringReader;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * ConvertFrom-Csv: each input string is CSV text (usually one line); the first one read gives the
 * header and the {@code #TYPE} for the rest.
 */
@Cmdlet(verb = "ConvertFrom", noun = "Csv", defaultParameterSetName = "Delimiter")
public final class ConvertFromCsvCommand extends PSCmdlet {
    @Parameter(position = 1, parameterSetName = "Delimiter")
    private char delimiter;

    @Parameter(parameterSetName = "UseCulture", mandatory = true)
    private boolean useCulture;

    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private Object[] inputObject;

    @Parameter
    @ValidateNotNullOrEmpty
    private String[] header;

    private List<String> columns;
    private String typeName;
    private boolean warnedUnspecifiedName;

    @Override
    protected void beginProcessing() {
        if (header != null) {
            columns = List.of(header);
        }
    }

    @Override
    protected void processRecord() {
        for (Object input : inputObject) {
            CsvReader csv = new CsvReader(new StringReader(LanguagePrimitives.toStringValue(input)),
                    delimiter == '\0' ? ',' : delimiter, columns, typeName);
            try {
                warnedUnspecifiedName = csv.importRecords(this::writeObject, this::writeWarning, warnedUnspecifiedName);
            } catch (PSRuntimeException e) {
                throw throwTerminatingError(errorRecord(e, null));
            }
            if (columns == null) {
                columns = csv.header();
            }
            if (typeName == null) {
                typeName = csv.typeName();
            }
        }
    }
}
