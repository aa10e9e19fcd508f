package org.jposh.remoting.commands;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PSCredential: a user name and its password, for the WS-Management
 * parameter sets (SSH sessions authenticate with keys, as pwsh's do).
 */
public final class PSCredential {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSCredential",
            PSCredential.class, PSCredential::defineMembers);

    static {
        CoreTypes.register(TYPE, "pscredential");
    }

    private final String userName;
    private final char[] password;

    public PSCredential(String userName, char[] password) {
        this.userName = userName;
        this.password = password.clone();
    }

    public String userName() {
        return userName;
    }

    char[] password() {
        return password.clone();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("UserName", CoreTypes.STRING, o -> ((PSCredential) o).userName);
    }
}
