package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.stdlib.format.FormatData.Shape;
import org.jposh.stdlib.format.FormatOptions;
import org.jposh.stdlib.format.FormatParameter;

/**
 * Format-Wide: formats objects as one value each (the given property, else the Name-like property),
 * laid out in columns: two by default, -Column of them, or with -AutoSize as many as fit.
 */
@Cmdlet(verb = "Format", noun = "Wide")
public final class FormatWideCommand extends FormatShapeCommandBase {
    @Parameter(position = 0)
    private Object property;

    @Parameter
    private boolean autoSize;

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int column;

    @Override
    protected void beginProcessing() {
        if (autoSize && column > 0) {
            throw new PoshException(new ErrorRecord("Cmdlet parameters AutoSize and Column are mutually exclusive.",
                    "FormatCannotSpecifyAutosizeAndColumns,Microsoft.PowerShell.Commands.FormatWideCommand",
                    ErrorCategory.InvalidArgument, null, "Format-Wide", "InvalidDataException", null), null);
        }
        super.beginProcessing();
    }

    @Override
    Shape shape() {
        return Shape.WIDE;
    }

    @Override
    String commandName() {
        return "Format-Wide";
    }

    @Override
    FormatParameter.Keys propertyKeys() {
        return FormatParameter.Keys.WIDE;
    }

    @Override
    Object[] propertyArguments() {
        return property == null ? null : new Object[] {property};
    }

    @Override
    FormatOptions options(List<FormatParameter> properties, FormatParameter groupBy, String view) {
        return new FormatOptions(properties, groupBy, autoSize, false, false, column, view);
    }
}
