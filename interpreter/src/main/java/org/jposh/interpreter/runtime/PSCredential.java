package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.SECURE_STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Arrays;

/**
 * System.Management.Automation.PSCredential: a user name and a password kept as a {@link SecureString}.
 * GetNetworkCredential() gives the password in clear, with the user name split into user and domain
 * ({@code domain\\user}, or {@code user@domain} when the part after the last @ has no dot) as pwsh does.
 */
public final class PSCredential {
    /** [PSCredential]::Empty: no user name and no password. */
    public static final PSCredential EMPTY = new PSCredential(null, null);

    private final String userName;
    private final SecureString password;

    private PSCredential(String userName, SecureString password) {
        this.userName = userName;
        this.password = password;
    }

    /** The constructor scripts call: the user name may not be empty, the password not null. */
    public static PSCredential create(String userName, SecureString password) {
        if (userName == null || userName.isEmpty()) {
            throw userName == null ? argumentNull("userName") : new DotNetException(
                    "System.Management.Automation.PSArgumentException", "Cannot process argument because the value "
                    + "of argument \"userName\" is not valid. Change the value of the \"userName\" argument and run "
                    + "the operation again.");
        }
        if (password == null) {
            throw argumentNull("password");
        }
        return new PSCredential(userName, password);
    }

    /** pwsh's PSArgumentNullException for a null argument (Utils.CheckArgForNull). */
    private static DotNetException argumentNull(String name) {
        return new DotNetException("System.Management.Automation.PSArgumentNullException", "Cannot process argument "
                + "because the value of argument \"" + name + "\" is null. Change the value of argument \"" + name
                + "\" to a non-null value.");
    }

    public String userName() {
        return userName;
    }

    public SecureString password() {
        return password;
    }

    /** System.Net.NetworkCredential: the password in clear, as GetNetworkCredential() returns it. */
    public record NetworkCredential(String userName, SecureString securePassword, String domain) {
        public String password() {
            if (securePassword == null) {
                return "";
            }
            char[] chars = securePassword.toCharArray();
            try {
                return new String(chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }

        @Override
        public String toString() {
            return "System.Net.NetworkCredential";
        }
    }

    /** GetNetworkCredential(): null for the empty credential. */
    public NetworkCredential networkCredential() {
        if (userName == null || userName.isEmpty()) {
            return null;
        }
        String user;
        String domain;
        int backslash = userName.indexOf('\\');
        int at = userName.lastIndexOf('@');
        if (backslash >= 0) {
            user = userName.substring(backslash + 1);
            domain = userName.substring(0, backslash);
        } else if (at >= 0 && (userName.lastIndexOf('.') < at || userName.indexOf('@') != at)) {
            user = userName.substring(0, at);
            domain = userName.substring(at + 1);
        } else {
            user = userName;
            domain = "";
        }
        if (user.isEmpty()) {
            throw DotNetException.argument("The user name is not in a valid format.", "UserName");
        }
        return new NetworkCredential(user, password, domain);
    }

    @Override
    public String toString() {
        return "System.Management.Automation.PSCredential";
    }

    static void define(TypeAdapter.Builder b) {
        b.constructor((t, a) -> create((String) a[0], (SecureString) a[1]), param("userName", STRING),
                param("password", SECURE_STRING));
        b.staticProperty("Empty", CoreTypes.PS_CREDENTIAL, () -> EMPTY);
        b.property("UserName", STRING, c -> ((PSCredential) c).userName());
        b.property("Password", SECURE_STRING, c -> ((PSCredential) c).password());
        b.method("GetNetworkCredential", CoreTypes.NETWORK_CREDENTIAL, (c, a) -> ((PSCredential) c).networkCredential());
    }

    static void defineNetworkCredential(TypeAdapter.Builder b) {
        b.property("UserName", STRING, c -> ((NetworkCredential) c).userName());
        b.property("Password", STRING, c -> ((NetworkCredential) c).password());
        b.property("SecurePassword", SECURE_STRING, c -> ((NetworkCredential) c).securePassword());
        b.property("Domain", STRING, c -> ((NetworkCredential) c).domain());
    }
}
