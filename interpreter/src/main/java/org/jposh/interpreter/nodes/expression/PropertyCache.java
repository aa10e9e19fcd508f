package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.Map;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.ForeignObjects;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSCustomObject;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSProperty;
import org.jposh.interpreter.runtime.ScriptField;
import org.jposh.interpreter.runtime.ScriptObject;
import org.jposh.interpreter.runtime.xml.XmlNode;

/**
 * A monomorphic inline cache for {@code $x.Name} and {@code $x.Name = v} with a constant name: the
 * first target's type property is kept, and later targets of the same type use it without the search
 * by name. Targets whose members are not their type's alone (PSObjects with instance members,
 * dictionaries whose keys read as members, XML nodes, foreign objects, values given members of their own or by type data) and sites
 * that see a second type take the general path of MemberAccess.
 */
public final class PropertyCache extends PoshNode {
    private final String name;
    @CompilationFinal private Class<?> cachedClass;
    @CompilationFinal private DotNetType cachedType;
    @CompilationFinal private PSProperty cachedProperty;
    @CompilationFinal private boolean generic;

    public PropertyCache(String name) {
        this.name = name;
        this.generic = name.equalsIgnoreCase("PSObject") || name.equalsIgnoreCase("PSTypeNames")
                || name.equalsIgnoreCase("psbase");
    }

    /** The property to use for this target, or null for the general path. */
    public PSProperty lookup(Object target) {
        if (generic || target == null || target == AutomationNull.VALUE || MemberAccess.hasExtendedMembers(target)) {
            return null;
        }
        if (cachedProperty != null) {
            if (target.getClass() == cachedClass
                    && (cachedType == null || ((DotNetTyped) target).dotNetType() == cachedType)) {
                return cachedProperty;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            generic = true;
            return null;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        cache(target);
        return cachedProperty;
    }

    private void cache(Object target) {
        if (target instanceof PSObject || target instanceof PSCustomObject || target instanceof Map<?, ?>
                || target instanceof XmlNode || ForeignObjects.isForeign(target)) {
            generic = true;
            return;
        }
        DotNetType type = DotNetType.of(target);
        PSProperty property = type == null ? null : type.adapter().property(name);
        if (property == null) {
            generic = true;
            return;
        }
        cachedClass = target.getClass();
        cachedType = target instanceof DotNetTyped ? type : null;
        cachedProperty = property;
    }

    /**
     * The value of the property {@link #lookup} gave for this target: a script class's field read directly
     * (lookup has checked the target's class), any other property through its getter.
     */
    public Object read(PSProperty property, Object target) {
        ScriptField field = property.scriptField();
        if (field != null) {
            return field.get((ScriptObject) target);
        }
        return get(property, target);
    }

    @TruffleBoundary
    private static Object get(PSProperty property, Object target) {
        return property.getValue(target);
    }

    @TruffleBoundary
    public static void set(PSProperty property, Object target, Object value) {
        property.setValue(target, value);
    }
}
