package org.jposh.remoting.cim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;

/**
 * An instance of a CIM class (Microsoft.Management.Infrastructure.CimInstance): a value for each of its
 * class's properties, in the class's order, held as PowerShell values. Scripts see it as pwsh's CimInstance
 * adapter shows it: the CIM properties, then PSComputerName, then CimClass (adapted properties of its class's
 * type, see {@link CimClass}), with the type names
 * {@code Microsoft.Management.Infrastructure.CimInstance#root/cimv2/Win32_Process}... for each class of its
 * inheritance chain, which is what the format data's views select.
 */
public final class CimInstance implements DotNetTyped {
    static final String TYPE_NAME = "Microsoft.Management.Infrastructure.CimInstance";
    /** What pwsh puts first for instances whose properties were selected (-Property, -KeyOnly). */
    static final String PARTIAL_TYPE_NAME = TYPE_NAME + "#__PartialCIMInstance";

    /** The type {@code [ciminstance]} names; each class's instances have a type deriving from it. */
    static final DotNetType TYPE = CoreTypes.define("Microsoft.Management.Infrastructure", "CimInstance",
            CimInstance.class, b -> b.property("CimClass", CimClassValue.TYPE,
                    o -> new CimClassValue(((CimInstance) o).cimClass)));

    static {
        CoreTypes.register(TYPE, "ciminstance");
    }

    private final CimClass cimClass;
    private final Map<String, Object> values;
    private final String computerName;

    private CimInstance(CimClass cimClass, Map<String, Object> values, String computerName) {
        this.cimClass = cimClass;
        this.values = values;
        this.computerName = computerName;
    }

    /**
     * An instance from a provider's values by property name (Java values, see {@link CimType#toPowerShell});
     * properties it leaves out are null.
     */
    public static CimInstance of(CimClass cimClass, Map<String, ?> providerValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CimPropertyDeclaration p : cimClass.properties()) {
            values.put(key(p.name()), p.type().toPowerShell(providerValues.get(p.name())));
        }
        return new CimInstance(cimClass, values, null);
    }

    public CimClass cimClass() {
        return cimClass;
    }

    /** A property's value, by name in any case; null for a property the class does not have. */
    public Object value(String propertyName) {
        return values.get(key(propertyName));
    }

    /** The computer the instance came from (PSComputerName), null from the default local session. */
    public String computerName() {
        return computerName;
    }

    /** This instance as received through a session of that computer name. */
    CimInstance from(String sessionComputerName) {
        return new CimInstance(cimClass, values, sessionComputerName);
    }

    /** The instance with only the named properties (and the keys) filled in, as WMI returns a SELECT of them. */
    CimInstance select(List<String> propertyNames) {
        Map<String, Object> selected = new LinkedHashMap<>();
        for (CimPropertyDeclaration p : cimClass.properties()) {
            boolean kept = p.key() || propertyNames.stream().anyMatch(n -> n.equalsIgnoreCase(p.name()));
            selected.put(key(p.name()), kept ? values.get(key(p.name())) : null);
        }
        return new CimInstance(cimClass, selected, computerName);
    }

    @Override
    public DotNetType dotNetType() {
        return cimClass.instanceType();
    }

    /** The object scripts get, under the CIM type names. */
    PSObject toPSObject(boolean partial) {
        PSObject result = new PSObject(this);
        List<String> typeNames = result.typeNames();
        typeNames.clear();
        if (partial) {
            typeNames.add(PARTIAL_TYPE_NAME);
        }
        List<String> withoutNamespace = new ArrayList<>();
        for (CimClass c = cimClass; c != null; c = c.superClass()) {
            typeNames.add(TYPE_NAME + "#" + c.namespace() + "/" + c.name());
            withoutNamespace.add(TYPE_NAME + "#" + c.name());
        }
        typeNames.addAll(withoutNamespace);
        typeNames.addAll(TYPE.typeNameHierarchy());
        return result;
    }

    /**
     * MI's CimInstance.ToString: the class name, then ": " and the Caption when there is one, then the key
     * properties in parentheses ({@code Win32_Process: bash (Handle = "42")}).
     */
    @Override
    public String toString() {
        List<String> keys = new ArrayList<>();
        for (CimPropertyDeclaration p : cimClass.properties()) {
            if (p.key()) {
                Object v = values.get(key(p.name()));
                String text = v == null ? "" : LanguagePrimitives.toStringValue(v);
                keys.add(p.name() + " = " + (v instanceof String ? "\"" + text + "\"" : text));
            }
        }
        Object caption = values.get("caption");
        StringBuilder s = new StringBuilder(cimClass.name());
        if (caption instanceof String c && !c.isEmpty()) {
            s.append(": ").append(c);
        }
        if (!keys.isEmpty()) {
            s.append(" (").append(String.join(", ", keys)).append(')');
        }
        return s.toString();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
