package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * What ConvertTo-Csv and Export-Csv share (pwsh's BaseCsvWritingCommand): the delimiter, quoting,
 * -IncludeTypeInformation and -NoHeader, and writing the header before the first record.
 */
abstract class CsvWritingCommand extends PSCmdlet {
    @Parameter(position = 1, parameterSetName = "Delimiter")
    private char delimiter;

    @Parameter(parameterSetName = "UseCulture")
    private boolean useCulture;

    @Parameter
    @Alias("ITI")
    private boolean includeTypeInformation;

    /** Obsolete in pwsh 7 and without effect: no type line is written unless -IncludeTypeInformation. */
    @Parameter
    @Alias("NTI")
    private boolean noTypeInformation;

    @Parameter
    @Alias("QF")
    private String[] quoteFields;

    @Parameter
    @Alias("UQ")
    private CsvQuoteKind useQuotes = CsvQuoteKind.Always;

    @Parameter
    private boolean noHeader;

    private CsvWriter writer;
    private List<String> propertyNames;

    protected final boolean noHeader() {
        return noHeader;
    }

    /** The delimiter in effect: the one given, else a comma (also the invariant and en-US list separator). */
    protected final char effectiveDelimiter() {
        return delimiter == '\0' ? ',' : delimiter;
    }

    @Override
    protected void beginProcessing() {
        if (boundParameters().containsKey("QuoteFields") && boundParameters().containsKey("UseQuotes")) {
            throw throwTerminatingError(errorRecord("You must specify either the -UseQuotes or -QuoteFields parameters, "
                    + "but not both.", "CannotSpecifyQuoteFieldsAndUseQuotes", ErrorCategory.InvalidData, null,
                    "InvalidOperationException"));
        }
        writer = new CsvWriter(effectiveDelimiter(), useQuotes, quoteFields);
    }

    /**
     * Writes the lines of one input object: before the first, its type line (when asked) and header,
     * unless -NoHeader or {@code columns} (the columns of a file appended to) are given.
     */
    protected final void writeRecord(Object inputObject, List<String> columns) {
        if (propertyNames == null) {
            propertyNames = columns != null ? columns : CsvWriter.propertyNames(inputObject);
            if (columns == null && !noHeader) {
                if (includeTypeInformation) {
                    writeCsvLine(CsvWriter.typeLine(inputObject));
                }
                String header = writer.headerLine(propertyNames);
                if (!header.isEmpty() || !skipEmptyLines()) {
                    writeCsvLine(header);
                }
            }
        }
        String line = writer.recordLine(inputObject, propertyNames);
        if (!line.isEmpty() || !skipEmptyLines()) {
            writeCsvLine(line);
        }
    }

    /** ConvertTo-Csv writes no empty lines; Export-Csv does. */
    protected abstract boolean skipEmptyLines();

    protected abstract void writeCsvLine(String line);
}
