package org.jposh.remoting.commands;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.remoting.ssh.SshConnectionInfo;

/**
 * The SSH endpoints of the session cmdlets' SSHHost and SSHHostHashParam parameter sets, as pwsh reads
 * them: {@code -HostName user@host:port} (the user and port in the name win over -UserName and -Port),
 * the {@code -SSHConnection} hashtables, and {@code -Options}. pwsh hands the options to ssh as
 * {@code -o}; here {@code Port}, {@code User} and {@code IdentityFile} fill in what the parameters left
 * open, {@code StrictHostKeyChecking} and {@code UserKnownHostsFile} go to the client, and any other
 * option is refused by name when connecting. {@code ~/.ssh/config} and {@code known_hosts} apply as
 * ssh applies them.
 */
final class SshTargets {
    private SshTargets() {
    }

    /** One endpoint per host name. */
    static List<SshConnectionInfo> fromHostNames(String[] hostNames, String userName, String keyFilePath, int port,
                                                 String subsystem, int connectingTimeout, Map<?, ?> options,
                                                 SessionState state) {
        List<SshConnectionInfo> targets = new ArrayList<>(hostNames.length);
        for (String hostName : hostNames) {
            targets.add(target(hostName, userName, keyFilePath, port, subsystem, connectingTimeout, options, state));
        }
        return targets;
    }

    /** One endpoint per -SSHConnection hashtable, with pwsh's checks and messages. */
    static List<SshConnectionInfo> fromHashtables(Map<?, ?>[] tables, SessionState state) {
        List<SshConnectionInfo> targets = new ArrayList<>(tables.length);
        for (Map<?, ?> table : tables) {
            String hostName = null;
            String userName = null;
            String keyFilePath = null;
            String subsystem = null;
            int port = 0;
            int timeout = 0;
            Map<?, ?> options = null;
            boolean sawHost = false;
            boolean sawKey = false;
            for (Map.Entry<?, ?> entry : table.entrySet()) {
                String key = entry.getKey() instanceof String s ? s : null;
                if (key == null || key.isEmpty()) {
                    throw argument("The provided SSHConnection hashtable parameter name or element is null or empty.");
                }
                Object value = entry.getValue();
                switch (key.toLowerCase(Locale.ROOT)) {
                    case "computername", "hostname" -> {
                        if (sawHost) {
                            throw argument("The provided SSHConnection hashtable contains both a ComputerName and "
                                    + "HostName parameter.  Only one can be specified.");
                        }
                        sawHost = true;
                        hostName = string(value);
                    }
                    case "username" -> userName = string(value);
                    case "keyfilepath", "identityfilepath" -> {
                        if (sawKey) {
                            throw argument("The provided SSHConnection hashtable contains both a KeyFilePath and "
                                    + "IdentityFilePath parameter.  Only one can be specified.");
                        }
                        sawKey = true;
                        keyFilePath = string(value);
                    }
                    case "port" -> port = integer(value);
                    case "subsystem" -> subsystem = string(value);
                    case "connectingtimeout" -> timeout = integer(value);
                    case "options" -> options = value instanceof Map<?, ?> m ? m : null;
                    default -> throw argument("The provided SSHConnection hashtable parameter " + key
                            + " is not supported.");
                }
            }
            if (hostName == null || hostName.isEmpty()) {
                throw argument("The provided SSHConnection hashtable is missing the required ComputerName or HostName "
                        + "parameter.");
            }
            targets.add(target(hostName, userName, keyFilePath, port, subsystem, timeout, options, state));
        }
        return targets;
    }

    private static SshConnectionInfo target(String hostName, String userName, String keyFilePath, int port,
                                            String subsystem, int connectingTimeout, Map<?, ?> options,
                                            SessionState state) {
        String host = hostName.equals(".") ? "localhost" : hostName;
        String user = userName;
        int hostPort = port;
        try {
            URI uri = new URI("ssh://" + host);
            if (uri.getHost() != null) {
                host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                        : uri.getHost();
                user = uri.getUserInfo() != null && !uri.getUserInfo().isEmpty() ? uri.getUserInfo() : user;
                hostPort = uri.getPort() != -1 ? uri.getPort() : hostPort;
            }
        } catch (URISyntaxException e) {
            // Not a URI authority (as pwsh does): the text is the host name.
        }
        Map<String, String> sshOptions = new LinkedHashMap<>();
        String identityFile = null;
        if (options != null) {
            for (Map.Entry<?, ?> entry : options.entrySet()) {
                String name = String.valueOf(entry.getKey());
                String value = LanguagePrimitives.toStringValue(entry.getValue());
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "port" -> hostPort = hostPort != 0 ? hostPort : integer(value);
                    case "user" -> user = user != null ? user : value;
                    case "identityfile" -> identityFile = value;
                    default -> sshOptions.put(name, value);
                }
            }
        }
        String key = keyFilePath != null ? keyFilePath : identityFile;
        return new SshConnectionInfo(host, hostPort, user, key == null ? null : path(key, state), null, subsystem,
                sshOptions, connectingTimeout > 0 ? Duration.ofMillis(connectingTimeout) : null);
    }

    /** A key file as ssh finds it: {@code ~} is the home directory, a relative path is from the current location. */
    private static Path path(String file, SessionState state) {
        return state.resolveFileSystemPath(file);
    }

    private static String string(Object value) {
        if (value == null) {
            throw argument("The provided SSHConnection hashtable parameter name or element is null or empty.");
        }
        return LanguagePrimitives.toStringValue(value);
    }

    private static int integer(Object value) {
        if (value == null) {
            throw argument("The provided SSHConnection hashtable parameter name or element is null or empty.");
        }
        try {
            return (Integer) LanguagePrimitives.convertTo(value, Integer.class);
        } catch (PSInvalidCastException e) {
            throw argument(e.getMessage());
        }
    }

    private static PSRuntimeException argument(String message) {
        return new PSRuntimeException("Argument", ErrorCategory.InvalidArgument, message);
    }
}
