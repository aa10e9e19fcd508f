package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.stdlib.format.FormatData.Shape;
import org.jposh.stdlib.format.FormatOptions;
import org.jposh.stdlib.format.FormatParameter;

/** Format-Table: formats objects as a table of the given (or default) properties. */
@Cmdlet(verb = "Format", noun = "Table")
public final class FormatTableCommand extends FormatShapeCommandBase {
    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean autoSize;

    @Parameter
    private boolean hideTableHeaders;

    @Parameter
    private boolean wrap;

    @Override
    Shape shape() {
        return Shape.TABLE;
    }

    @Override
    String commandName() {
        return "Format-Table";
    }

    @Override
    FormatParameter.Keys propertyKeys() {
        return FormatParameter.Keys.TABLE;
    }

    @Override
    Object[] propertyArguments() {
        return property;
    }

    @Override
    FormatOptions options(List<FormatParameter> properties, FormatParameter groupBy, String view) {
        return new FormatOptions(properties, groupBy, autoSize, wrap, hideTableHeaders, 0, view);
    }
}
