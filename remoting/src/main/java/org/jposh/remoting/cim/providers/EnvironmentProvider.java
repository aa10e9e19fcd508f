package org.jposh.remoting.cim.providers;

import static org.jposh.remoting.cim.CimPropertyDeclaration.key;
import static org.jposh.remoting.cim.CimPropertyDeclaration.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jposh.remoting.cim.CimClass;
import org.jposh.remoting.cim.CimInstance;
import org.jposh.remoting.cim.CimProvider;
import org.jposh.remoting.cim.CimType;

/**
 * Win32_Environment: the environment variables of this process, sorted by name, as the variables of the
 * user running it (UserName; Linux keeps no machine-wide block the way Windows's registry does, so
 * SystemVariable is false).
 */
public final class EnvironmentProvider implements CimProvider {
    static final CimClass WIN32_ENVIRONMENT = new CimClass(Namespaces.CIMV2, "Win32_Environment", null, List.of(
            of("Caption", CimType.STRING),
            of("Description", CimType.STRING),
            key("Name", CimType.STRING),
            of("Status", CimType.STRING),
            of("SystemVariable", CimType.BOOLEAN),
            key("UserName", CimType.STRING),
            of("VariableValue", CimType.STRING)));

    @Override
    public CimClass cimClass() {
        return WIN32_ENVIRONMENT;
    }

    @Override
    public List<CimInstance> enumerate() {
        String user = System.getProperty("user.name");
        List<CimInstance> result = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(System.getenv()).entrySet()) {
            Map<String, Object> v = new HashMap<>();
            v.put("Caption", user + "\\" + e.getKey());
            v.put("Description", user + "\\" + e.getKey());
            v.put("Name", e.getKey());
            v.put("Status", "OK");
            v.put("SystemVariable", false);
            v.put("UserName", user);
            v.put("VariableValue", e.getValue());
            result.add(CimInstance.of(WIN32_ENVIRONMENT, v));
        }
        return result;
    }
}
