package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;

/** ConvertTo-Csv: each input object as a CSV line, after a header line of the first object's properties. */
@Cmdlet(verb = "ConvertTo", noun = "Csv", defaultParameterSetName = "Delimiter")
public final class ConvertToCsvCommand extends CsvWritingCommand {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    private Object inputObject;

    @Override
    protected void processRecord() {
        if (inputObject != null) {
            writeRecord(inputObject, null);
        }
    }

    @Override
    protected boolean skipEmptyLines() {
        return true;
    }

    @Override
    protected void writeCsvLine(String line) {
        writeObject(line);
    }
}
