package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.stdlib.format.FormatData.Shape;
import org.jposh.stdlib.format.FormatOptions;
import org.jposh.stdlib.format.FormatParameter;
import org.jposh.stdlib.format.FormatProcessor;

/**
 * What Format-Table, Format-List and Format-Wide share (pwsh's OuterFormatShapeCommandBase): they
 * turn their input into format data, which Out-* cmdlets render.
 */
abstract class FormatShapeCommandBase extends PSCmdlet {
    @Parameter
    private Object groupBy;

    @Parameter(valueFromPipeline = true)
    private Object inputObject;

    @Parameter
    private String view;

    @Parameter
    private boolean force;

    private FormatProcessor processor;

    abstract Shape shape();

    abstract String commandName();

    abstract FormatParameter.Keys propertyKeys();

    /** The command line's options; {@code view} is -View, the name of a view of the objects' types. */
    abstract FormatOptions options(List<FormatParameter> properties, FormatParameter groupBy, String view);

    /** The -Property arguments. */
    abstract Object[] propertyArguments();

    @Override
    protected void beginProcessing() {
        List<FormatParameter> properties = new ArrayList<>();
        if (propertyArguments() != null) {
            for (Object argument : propertyArguments()) {
                properties.add(FormatParameter.parse(argument, propertyKeys(), commandName()));
            }
        }
        FormatParameter group = groupBy == null ? null
                : FormatParameter.parse(groupBy, FormatParameter.Keys.GROUP_BY, commandName());
        processor = new FormatProcessor(shape(), options(properties, group, view).withForce(force));
    }

    @Override
    protected void processRecord() {
        processor.process(inputObject, this::writeObject);
    }

    @Override
    protected void endProcessing() {
        processor.end(this::writeObject);
    }
}
