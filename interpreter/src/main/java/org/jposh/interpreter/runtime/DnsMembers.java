package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.STRING;

/** System.Net.Dns: GetHostName, the machine's name as the kernel has it (with its domain, if it has one). */
final class DnsMembers {
    static final DotNetType TYPE = CoreTypes.define("System.Net", "Dns", null,
            b -> b.staticMethod("GetHostName", STRING, (t, a) -> EnvironmentMembers.hostName()));

    static {
        CoreTypes.register(TYPE);
    }

    private DnsMembers() {
    }
}
