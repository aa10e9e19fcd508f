package org.jposh.stdlib.format;

import java.util.List;
import java.util.function.Function;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.stdlib.format.FormatData.Shape;

/**
 * One view of pwsh's format.ps1xml files (a FormatViewDefinition): the types it applies to, its shape,
 * its entries and an optional group-by. A table has one entry whose items are its columns; a list has
 * an entry per type it selects (the one without a type is the default); a wide view shows its entries'
 * single item; a custom view writes its single item's string as a line.
 *
 * @param name      the name Format-* -View selects it by
 * @param typeNames the type names it applies to
 * @param entries   the entries, the default one (no type) last
 * @param groupBy   the group-by, or null
 * @param wrapRows  a table's row definition has wrap: rows wrap rather than being cut
 */
record ViewDefinition(String name, List<String> typeNames, Shape shape, List<ViewEntry> entries,
                      GroupBy groupBy, boolean wrapRows) {

    /** The entry for an object: the first whose type the object has, else the default one. */
    ViewEntry entryFor(PSObject so) {
        for (ViewEntry entry : entries) {
            if (entry.selectedByType() == null || so.typeNames().contains(entry.selectedByType())) {
                return entry;
            }
        }
        return null;
    }

    boolean appliesTo(PSObject so) {
        for (String typeName : so.typeNames()) {
            if (typeNames.contains(typeName)) {
                return true;
            }
        }
        return false;
    }

    /** An entry: its items, for objects of {@code selectedByType} (null: any object of the view). */
    record ViewEntry(String selectedByType, List<Item> items) {
    }

    /**
     * A column, list item, wide entry or custom text: its label (null: the property's name), a table
     * column's width (0: from the data) and alignment, its value, and a .NET format string (or null).
     */
    record Item(String label, int width, Alignment alignment, ViewValue value, String formatString) {
        String header() {
            return label != null ? label : value.name();
        }

        String display(PSObject so) {
            return DisplayValues.formatField(value.get(so), formatString, false);
        }
    }

    /** A property's value, or one computed in Java where pwsh's view has a script block. */
    record ViewValue(String name, Function<PSObject, Object> compute) {
        static ViewValue property(String name) {
            return new ViewValue(name, so -> MemberAccess.getMember(so, name));
        }

        Object get(PSObject so) {
            return compute.apply(so);
        }
    }

    /** Groups objects by a value, each group headed by the label's lines (pwsh's custom control of the group). */
    record GroupBy(ViewValue value, Function<PSObject, String> label) {
    }
}
