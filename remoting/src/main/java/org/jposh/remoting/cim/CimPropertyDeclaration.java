package org.jposh.remoting.cim;

/** A property a CIM class declares: its name, CIM type, and whether it is a key of the class's instances. */
public record CimPropertyDeclaration(String name, CimType type, boolean key) {
    public static CimPropertyDeclaration key(String name, CimType type) {
        return new CimPropertyDeclaration(name, type, true);
    }

    public static CimPropertyDeclaration of(String name, CimType type) {
        return new CimPropertyDeclaration(name, type, false);
    }
}
