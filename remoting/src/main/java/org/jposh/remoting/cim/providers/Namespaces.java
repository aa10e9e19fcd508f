package org.jposh.remoting.cim.providers;

/** The CIM namespaces the local providers serve. */
final class Namespaces {
    static final String CIMV2 = "root/cimv2";

    private Namespaces() {
    }
}
