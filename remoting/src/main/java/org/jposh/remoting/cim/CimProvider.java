package org.jposh.remoting.cim;

import java.util.List;

/**
 * What serves the instances of one CIM class in this process (spec remoting.md 8.7): a local session
 * enumerates the providers of the class asked for and of the classes deriving from it.
 */
public interface CimProvider {
    CimClass cimClass();

    /** The class's instances now, read from the machine. */
    List<CimInstance> enumerate();
}
