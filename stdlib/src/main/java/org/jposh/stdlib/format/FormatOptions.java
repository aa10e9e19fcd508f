package org.jposh.stdlib.format;

import java.util.List;

/**
 * What a Format-* command line asked for (pwsh's FormattingCommandLineParameters).
 *
 * @param properties       -Property, empty for the default properties
 * @param groupBy          -GroupBy, or null
 * @param autoSize         -AutoSize: column widths from all the data
 * @param wrap             -Wrap: table cells wrap instead of being cut
 * @param hideTableHeaders -HideTableHeaders
 * @param wideColumns      Format-Wide -Column, or 0
 * @param view             -View: the name of the view to use, or null
 * @param force            -Force: error records too are formatted as objects (their properties), rather than
 *                         shown as the error they report
 */
public record FormatOptions(List<FormatParameter> properties, FormatParameter groupBy, boolean autoSize,
                            boolean wrap, boolean hideTableHeaders, int wideColumns, String view, boolean force) {
    /** The options without -Force. */
    public FormatOptions(List<FormatParameter> properties, FormatParameter groupBy, boolean autoSize, boolean wrap,
                         boolean hideTableHeaders, int wideColumns, String view) {
        this(properties, groupBy, autoSize, wrap, hideTableHeaders, wideColumns, view, false);
    }

    public FormatOptions withForce(boolean force) {
        return new FormatOptions(properties, groupBy, autoSize, wrap, hideTableHeaders, wideColumns, view, force);
    }
}
