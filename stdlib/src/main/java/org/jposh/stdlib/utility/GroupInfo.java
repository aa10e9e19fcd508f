package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Microsoft.PowerShell.Commands.GroupInfo, one group of Group-Object: the key values (Values), their
 * string (Name: the values joined with ", ", a collection as {@code {a, b}}), and the objects (Group)
 * with their Count. With -NoElement it is a GroupInfoNoElement, which only counts.
 */
public final class GroupInfo {
    static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "GroupInfo", GroupInfo.class,
            b -> b.property("Values", CoreTypes.ARRAY_LIST, g -> ((GroupInfo) g).valueList())
                    .property("Count", CoreTypes.INT32, g -> ((GroupInfo) g).count)
                    .property("Group", CoreTypes.OBJECT_ARRAY, g -> ((GroupInfo) g).group())
                    .property("Name", CoreTypes.STRING, g -> ((GroupInfo) g).name));
    /** The type of -NoElement groups; the Java class stays GroupInfo, so the type is told per object. */
    static final DotNetType NO_ELEMENT_TYPE = CoreTypes.define("Microsoft.PowerShell.Commands",
            "GroupInfoNoElement", null, TYPE, null);

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(NO_ELEMENT_TYPE);
    }

    private final List<Object> values;
    private final List<Object> group;
    private final String name;
    private int count;

    /** A group started by its first object; {@code keepElements} false for -NoElement. */
    GroupInfo(List<Object> values, Object first, boolean keepElements) {
        this.values = values;
        this.group = keepElements ? new ArrayList<>() : null;
        this.name = buildName(values);
        add(first);
    }

    void add(Object inputObject) {
        if (group != null) {
            group.add(inputObject);
        }
        count++;
    }

    List<Object> values() {
        return values;
    }

    /** Values: the key values, null for a property the objects lacked. */
    private org.jposh.interpreter.runtime.ArrayList valueList() {
        org.jposh.interpreter.runtime.ArrayList list = new org.jposh.interpreter.runtime.ArrayList();
        for (Object value : values) {
            list.add(value == OrderByProperty.NON_EXISTING ? null : value);
        }
        return list;
    }

    String name() {
        return name;
    }

    /** The objects of the group (empty for -NoElement). */
    Object[] group() {
        return group == null ? new Object[0] : group.toArray();
    }

    /** The group as a PSObject with its type names: GroupInfoNoElement's first for -NoElement. */
    PSObject toPSObject() {
        PSObject so = new PSObject(this);
        if (group == null) {
            so.typeNames().addFirst(NO_ELEMENT_TYPE.fullName());
        }
        return so;
    }

    private static String buildName(List<Object> values) {
        StringBuilder sb = new StringBuilder();
        for (Object value : values) {
            Object base = PSObject.base(value);
            if (base == OrderByProperty.NON_EXISTING || base == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            Iterable<?> items = base instanceof java.util.Map<?, ?> ? null : LanguagePrimitives.getEnumerable(base);
            if (items == null) {
                sb.append(LanguagePrimitives.toStringValue(value));
                continue;
            }
            sb.append('{');
            String separator = "";
            for (Object item : items) {
                sb.append(separator).append(LanguagePrimitives.toStringValue(item));
                separator = ", ";
            }
            sb.append('}');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Microsoft.PowerShell.Commands.GroupInfo";
    }
}
