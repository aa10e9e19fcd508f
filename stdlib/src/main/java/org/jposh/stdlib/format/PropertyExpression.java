package org.jposh.stdlib.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.interpreter.runtime.TypeTable;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * A property name (possibly with wildcards) or a script block that gives a value for an object, as
 * pwsh's PSPropertyExpression: what -Property, -GroupBy and calculated properties evaluate.
 */
public final class PropertyExpression {
    private final String name;
    private final ScriptCallable script;
    private final String scriptText;

    private PropertyExpression(String name, ScriptCallable script, String scriptText) {
        this.name = name;
        this.script = script;
        this.scriptText = scriptText;
    }

    public static PropertyExpression ofName(String name) {
        return new PropertyExpression(name, null, null);
    }

    public static PropertyExpression ofScript(ScriptCallable script) {
        return new PropertyExpression(null, script, script.toString());
    }

    public boolean isScript() {
        return script != null;
    }

    public boolean hasWildcard() {
        return script == null && WildcardPattern.containsWildcardCharacters(name);
    }

    /**
     * The property names this expression stands for on {@code target} (a script stands for itself). A hashtable's
     * keys count as its properties, as pwsh 6.1 made them; its own properties (Count, Keys) are taken when no key
     * matches.
     */
    public List<PropertyExpression> resolveNames(PSObject target) {
        if (script != null) {
            return List.of(this);
        }
        if (target.baseObject() instanceof Hashtable hashtable) {
            List<PropertyExpression> keys = resolveNamesOn(PSObject.fromDictionary(hashtable));
            if (!keys.isEmpty()) {
                return keys;
            }
        }
        return resolveNamesOn(target);
    }

    private List<PropertyExpression> resolveNamesOn(PSObject target) {
        List<PropertyExpression> result = new ArrayList<>();
        if (!hasWildcard()) {
            PSPropertyInfo property = target.property(name);
            if (property != null) {
                result.add(ofName(property.name()));
            }
            return result;
        }
        WildcardPattern pattern = new WildcardPattern(name, WildcardPattern.IGNORE_CASE);
        for (String property : allPropertyNames(target)) {
            if (pattern.isMatch(property)) {
                result.add(ofName(property));
            }
        }
        return result;
    }

    /**
     * The value for {@code target}: the property's or the script's output; $null when absent, without the
     * language's Count and Length of a scalar, which are no members pwsh's property expressions see.
     */
    public Object getValue(PSObject target) {
        Object result = script != null ? script.invoke(target, target, new Object[0])
                : MemberAccess.tryGetMember(target, name);
        return result == AutomationNull.VALUE ? null : result;
    }

    /**
     * The names of the properties an object shows without a view: as {@link #allPropertyNames}, but an object whose
     * content an adapter makes properties of (an XML node's attributes and children) shows those and its instance
     * properties alone, as pwsh's formatting does. A DefaultDisplayPropertySet the object's type data gives
     * ({@code Update-TypeData -DefaultDisplayPropertySet}) names them instead.
     */
    static List<String> displayPropertyNames(PSObject target) {
        List<String> defaultSet = TypeTable.defaultDisplayPropertySet(target.typeNames());
        if (defaultSet != null) {
            return defaultSet;
        }
        List<PSProperty> adapted = target.adaptedProperties();
        if (adapted.isEmpty()) {
            return allPropertyNames(target);
        }
        List<String> names = new ArrayList<>();
        for (PSProperty p : adapted) {
            names.add(p.name());
        }
        for (PSMemberInfo m : target.instanceMembers()) {
            if (m instanceof PSPropertyInfo) {
                names.add(m.name());
            }
        }
        return names;
    }

    /**
     * The names of the properties of {@code target} as formatting lists them: the adapted properties of
     * the base object, then the instance (note, script, alias) properties, without duplicates.
     */
    static List<String> allPropertyNames(PSObject target) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        List<PSPropertyInfo> adapted = new ArrayList<>();
        List<PSPropertyInfo> extended = new ArrayList<>();
        for (PSPropertyInfo p : target.properties()) {
            (p instanceof PSProperty && target.extendedMember(p.name()) == null ? adapted : extended).add(p);
        }
        adapted.addAll(extended);
        for (PSMemberInfo p : adapted) {
            if (seen.add(p.name().toLowerCase(Locale.ROOT))) {
                names.add(p.name());
            }
        }
        return names;
    }

    @Override
    public String toString() {
        return script != null ? scriptText : name;
    }
}
