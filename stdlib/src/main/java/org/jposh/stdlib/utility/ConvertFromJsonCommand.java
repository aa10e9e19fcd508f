package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.commands.ValidateRangeKind;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * ConvertFrom-Json. Input strings are buffered: several strings are taken as one JSON text each when
 * the first parses on its own, otherwise joined with newlines into one text (lines of a file).
 */
@Cmdlet(verb = "ConvertFrom", noun = "Json")
public final class ConvertFromJsonCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowEmptyString
    private String inputObject;

    @Parameter
    private boolean asHashtable;

    @Parameter
    @ValidateRange(kind = ValidateRangeKind.Positive)
    private int depth = 1024;

    @Parameter
    private boolean noEnumerate;

    private final List<String> buffer = new ArrayList<>();

    @Override
    protected void processRecord() {
        buffer.add(inputObject);
    }

    @Override
    protected void endProcessing() {
        JsonDeserializer reader = new JsonDeserializer(asHashtable, depth);
        if (buffer.size() == 1) {
            convert(reader, buffer.getFirst());
            return;
        } else if (buffer.isEmpty()) {
            return;
        }
        Object first;
        try {
            first = reader.deserialize(buffer.getFirst());
        } catch (PSRuntimeException e) {
            if (!e.errorId().equals(JsonDeserializer.CONVERSION_FAILED)) {
                throw throwTerminatingError(errorRecord(e, null));
            }
            first = null;
        }
        if (first == null) {
            convert(reader, String.join("\n", buffer));
            return;
        }
        writeObject(first, !noEnumerate);
        for (String json : buffer.subList(1, buffer.size())) {
            convert(reader, json);
        }
    }

    private void convert(JsonDeserializer reader, String json) {
        Object result;
        try {
            result = reader.deserialize(json);
        } catch (PSRuntimeException e) {
            throw throwTerminatingError(errorRecord(e, null));
        }
        writeObject(result, !noEnumerate);
    }
}
