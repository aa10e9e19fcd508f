package org.jposh.remoting.cim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.remoting.cim.providers.ComputerSystemProvider;
import org.jposh.remoting.cim.providers.EnvironmentProvider;
import org.jposh.remoting.cim.providers.LogicalDiskProvider;
import org.jposh.remoting.cim.providers.OperatingSystemProvider;
import org.jposh.remoting.cim.providers.ProcessProvider;

/**
 * The classes this process serves and their providers: what a local session queries. A class is found by
 * name without case in its namespace (written {@code root/cimv2} or {@code root\cimv2}); enumerating a class
 * enumerates the providers of it and of every class deriving from it (CIM_OperatingSystem gives the
 * Win32_OperatingSystem instance), as WMI's deep enumeration does.
 */
public final class CimRepository {
    /** The providers of this machine. */
    public static final CimRepository LOCAL = new CimRepository(List.of(new OperatingSystemProvider(),
            new ComputerSystemProvider(), new ProcessProvider(), new LogicalDiskProvider(), new EnvironmentProvider()));

    private final List<CimProvider> providers;
    /** Every class by "namespace:name" in lower case, the providers' classes and their superclasses. */
    private final Map<String, CimClass> classes = new LinkedHashMap<>();

    CimRepository(List<CimProvider> providers) {
        this.providers = providers;
        for (CimProvider provider : providers) {
            for (CimClass c = provider.cimClass(); c != null; c = c.superClass()) {
                classes.putIfAbsent(key(c.namespace(), c.name()), c);
            }
        }
    }

    /** The namespace as CIM writes it: forward slashes, {@code root/cimv2}. */
    static String normalizeNamespace(String namespace) {
        return namespace.replace('\\', '/');
    }

    /**
     * The instances of a query's class (and with {@code deep}, of the classes deriving from it) that match it, with only the selected properties when it selects some.
     *
     * @throws CimException Invalid namespace, Invalid class, Invalid query
     */
    List<CimInstance> query(String namespace, WqlQuery query, boolean deep) {
        CimClass cimClass = find(namespace, query.className());
        query.check(cimClass);
        List<CimInstance> result = new ArrayList<>();
        for (CimProvider provider : providers) {
            if (deep ? provider.cimClass().isA(cimClass) : provider.cimClass() == cimClass) {
                for (CimInstance instance : provider.enumerate()) {
                    if (query.matches(instance)) {
                        result.add(query.properties() == null ? instance : instance.select(query.properties()));
                    }
                }
            }
        }
        return result;
    }

    private CimClass find(String namespace, String className) {
        String ns = normalizeNamespace(namespace);
        boolean namespaceKnown = classes.values().stream().anyMatch(c -> c.namespace().equalsIgnoreCase(ns));
        if (!namespaceKnown) {
            throw CimException.invalidNamespace();
        }
        CimClass found = classes.get(key(ns, className));
        if (found == null) {
            throw CimException.invalidClass();
        }
        return found;
    }

    private static String key(String namespace, String name) {
        return (namespace + ":" + name).toLowerCase(Locale.ROOT);
    }
}
