package org.jposh.remoting.cim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * A CIM class (MI's CimClass): its namespace, name, superclass and properties, those it inherits
 * first, in declaration order: the order an instance shows its properties in.
 */
public final class CimClass {
    private final String namespace;
    private final String name;
    private final CimClass superClass;
    private final List<CimPropertyDeclaration> properties;
    /**
     * The type of this class's instances as scripts see them: Microsoft.Management.Infrastructure.CimInstance
     * (deriving from the registered one, so {@code -is [ciminstance]} holds) whose adapted properties are the
     * class's, then PSComputerName and CimClass, as pwsh's CimInstance adapter lists them.
     */
    private final DotNetType instanceType;

    public CimClass(String namespace, String name, CimClass superClass, List<CimPropertyDeclaration> declared) {
        this.namespace = namespace;
        this.name = name;
        this.superClass = superClass;
        List<CimPropertyDeclaration> all = new ArrayList<>(superClass == null ? List.of() : superClass.properties);
        for (CimPropertyDeclaration p : declared) {
            if (find(all, p.name()) < 0) {
                all.add(p);
            }
        }
        this.properties = Collections.unmodifiableList(all);
        this.instanceType = CoreTypes.define(CimInstance.TYPE.namespace(), CimInstance.TYPE.name(),
                CimInstance.class, CimInstance.TYPE, b -> {
                    for (CimPropertyDeclaration p : properties) {
                        b.property(p.name(), p.type().dotNetType(), o -> ((CimInstance) o).value(p.name()));
                    }
                    b.property("PSComputerName", CoreTypes.STRING, o -> ((CimInstance) o).computerName());
                    b.property("CimClass", CimClassValue.TYPE, o -> new CimClassValue(((CimInstance) o).cimClass()));
                });
    }

    DotNetType instanceType() {
        return instanceType;
    }

    /** The namespace as CIM writes it, {@code root/cimv2}. */
    public String namespace() {
        return namespace;
    }

    public String name() {
        return name;
    }

    /** The class it derives from, or null. */
    public CimClass superClass() {
        return superClass;
    }

    public List<CimPropertyDeclaration> properties() {
        return properties;
    }

    /** The declaration of a property, by name in any case, or null. */
    public CimPropertyDeclaration property(String propertyName) {
        int i = find(properties, propertyName);
        return i < 0 ? null : properties.get(i);
    }

    /** Whether this class is {@code other} or derives from it. */
    public boolean isA(CimClass other) {
        for (CimClass c = this; c != null; c = c.superClass) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    private static int find(List<CimPropertyDeclaration> list, String propertyName) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equalsIgnoreCase(propertyName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return namespace + ":" + name;
    }
}
