package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * ConvertTo-Json: collects its input and writes one JSON string, of the single object or, when
 * several came (or -AsArray), of them all as an array.
 */
@Cmdlet(verb = "ConvertTo", noun = "Json")
public final class ConvertToJsonCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowNull
    private Object inputObject;

    @Parameter
    @ValidateRange(min = 0, max = 100)
    private int depth = 2;

    @Parameter
    private boolean compress;

    @Parameter
    private boolean enumsAsStrings;

    @Parameter
    private boolean asArray;

    @Parameter
    private JsonEscapeHandling escapeHandling = JsonEscapeHandling.Default;

    private final List<Object> inputObjects = new ArrayList<>();

    @Override
    protected void processRecord() {
        inputObjects.add(inputObject);
    }

    @Override
    protected void endProcessing() {
        if (inputObjects.isEmpty()) {
            return;
        }
        Object value = inputObjects.size() > 1 || asArray ? inputObjects.toArray() : inputObjects.getFirst();
        JsonSerializer serializer = new JsonSerializer(depth, enumsAsStrings, compress, escapeHandling,
                this::writeWarning);
        try {
            writeObject(serializer.serialize(value));
        } catch (PSRuntimeException e) {
            throwTerminatingError(errorRecord(e, value));
        }
    }
}
