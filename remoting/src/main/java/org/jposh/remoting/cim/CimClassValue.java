package org.jposh.remoting.cim;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * A CIM class as scripts see it (Microsoft.Management.Infrastructure.CimClass): an instance's CimClass
 * property, shown as MI shows it, {@code root/cimv2:Win32_Process}.
 */
final class CimClassValue {
    static final DotNetType TYPE = CoreTypes.define("Microsoft.Management.Infrastructure", "CimClass",
            CimClassValue.class, b -> b
                    .property("CimClassName", CoreTypes.STRING, o -> ((CimClassValue) o).cimClass.name())
                    .property("CimSuperClassName", CoreTypes.STRING, o -> {
                        CimClass superClass = ((CimClassValue) o).cimClass.superClass();
                        return superClass == null ? null : superClass.name();
                    }));

    static {
        CoreTypes.register(TYPE, "cimclass");
    }

    private final CimClass cimClass;

    CimClassValue(CimClass cimClass) {
        this.cimClass = cimClass;
    }

    @Override
    public String toString() {
        return cimClass.toString();
    }
}
