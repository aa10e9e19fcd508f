package org.jposh.stdlib.utility;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * What Measure-Object writes: GenericMeasureInfo (Count, Average, Sum, Maximum, Minimum,
 * StandardDeviation as doubles), GenericObjectMeasureInfo (the same when a minimum or maximum is not a
 * number, kept as the value itself) and TextMeasureInfo (Lines, Words, Characters); each with the
 * Property measured. Statistics not asked for are null. pwsh has no view for the live objects, so they
 * show as lists or tables by their properties.
 */
public abstract class MeasureInfo {
    static final DotNetType BASE_TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "MeasureInfo", null,
            b -> b.property("Property", CoreTypes.STRING, m -> ((MeasureInfo) m).property));
    static final DotNetType GENERIC_TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "GenericMeasureInfo",
            Generic.class, BASE_TYPE, MeasureInfo::defineGeneric);
    static final DotNetType GENERIC_OBJECT_TYPE = CoreTypes.define("Microsoft.PowerShell.Commands",
            "GenericObjectMeasureInfo", GenericObject.class, BASE_TYPE, MeasureInfo::defineGeneric);
    static final DotNetType TEXT_TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "TextMeasureInfo",
            Text.class, BASE_TYPE, b -> b.property("Lines", CoreTypes.INT32, m -> ((MeasureInfo) m).lines)
                    .property("Words", CoreTypes.INT32, m -> ((MeasureInfo) m).words)
                    .property("Characters", CoreTypes.INT32, m -> ((MeasureInfo) m).characters));

    static {
        CoreTypes.register(GENERIC_TYPE);
        CoreTypes.register(GENERIC_OBJECT_TYPE);
        CoreTypes.register(TEXT_TYPE);
    }

    int count;
    Double average;
    Double sum;
    Object maximum;
    Object minimum;
    Double standardDeviation;
    Integer lines;
    Integer words;
    Integer characters;
    String property;

    private static void defineGeneric(TypeAdapter.Builder b) {
        DotNetType extremes = b.type().javaClass() == Generic.class ? CoreTypes.DOUBLE : CoreTypes.OBJECT;
        b.property("Count", CoreTypes.INT32, m -> ((MeasureInfo) m).count)
                .property("Average", CoreTypes.DOUBLE, m -> ((MeasureInfo) m).average)
                .property("Sum", CoreTypes.DOUBLE, m -> ((MeasureInfo) m).sum)
                .property("Maximum", extremes, m -> ((MeasureInfo) m).maximum)
                .property("Minimum", extremes, m -> ((MeasureInfo) m).minimum)
                .property("StandardDeviation", CoreTypes.DOUBLE, m -> ((MeasureInfo) m).standardDeviation);
    }

    /** Microsoft.PowerShell.Commands.GenericMeasureInfo. */
    static final class Generic extends MeasureInfo {
    }

    /** Microsoft.PowerShell.Commands.GenericObjectMeasureInfo. */
    static final class GenericObject extends MeasureInfo {
    }

    /** Microsoft.PowerShell.Commands.TextMeasureInfo. */
    static final class Text extends MeasureInfo {
    }
}
