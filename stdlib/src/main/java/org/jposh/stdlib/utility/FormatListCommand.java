package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.stdlib.format.FormatData.Shape;
import org.jposh.stdlib.format.FormatOptions;
import org.jposh.stdlib.format.FormatParameter;

/** Format-List: formats each object as a list of its given (or all) properties, one per line. */
@Cmdlet(verb = "Format", noun = "List")
public final class FormatListCommand extends FormatShapeCommandBase {
    @Parameter(position = 0)
    private Object[] property;

    @Override
    Shape shape() {
        return Shape.LIST;
    }

    @Override
    String commandName() {
        return "Format-List";
    }

    @Override
    FormatParameter.Keys propertyKeys() {
        return FormatParameter.Keys.LIST;
    }

    @Override
    Object[] propertyArguments() {
        return property;
    }

    @Override
    FormatOptions options(List<FormatParameter> properties, FormatParameter groupBy, String view) {
        return new FormatOptions(properties, groupBy, false, false, false, 0, view);
    }
}
