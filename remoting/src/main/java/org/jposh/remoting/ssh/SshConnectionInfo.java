package org.jposh.remoting.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to reach a PowerShell endpoint over SSH: pwsh's SSHConnectionInfo.
 *
 * <ul>
 *   <li>{@code userName}: null for {@code User} of {@code ~/.ssh/config}, else the local user name;</li>
 *   <li>{@code port}: 0 for {@code Port} of {@code ~/.ssh/config}, else 22;</li>
 *   <li>{@code keyFile}: the private key (pwsh's -KeyFilePath); null for {@code IdentityFile} of the
 *       config and the usual {@code ~/.ssh/id_ed25519}, {@code id_ecdsa}, {@code id_rsa};</li>
 *   <li>{@code password}: for password authentication (tests, and hosts without keys); null for none;</li>
 *   <li>{@code subsystem}: the server's subsystem name, pwsh's default {@code powershell};</li>
 *   <li>{@code options}: ssh_config options (pwsh's -Options); supported:
 *       {@code StrictHostKeyChecking} ({@code yes}, the default: unknown hosts are refused;
 *       {@code accept-new}: unknown hosts are added to known_hosts; {@code no}) and
 *       {@code UserKnownHostsFile};</li>
 *   <li>{@code connectingTimeout}: how long each step of connecting may take (TCP connect, key
 *       exchange and authentication, opening the subsystem).</li>
 * </ul>
 */
public record SshConnectionInfo(String host, int port, String userName, Path keyFile, char[] password, String subsystem,
        Map<String, String> options, Duration connectingTimeout) {

    /** pwsh's subsystem name. */
    public static final String DEFAULT_SUBSYSTEM = "powershell";

    /** The time each connecting step may take unless told otherwise. */
    public static final Duration DEFAULT_CONNECTING_TIMEOUT = Duration.ofSeconds(30);

    public SshConnectionInfo {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port " + port + " is not between 0 and 65535.");
        }
        subsystem = subsystem == null ? DEFAULT_SUBSYSTEM : subsystem;
        options = options == null ? Map.of() : Map.copyOf(options);
        connectingTimeout = connectingTimeout == null ? DEFAULT_CONNECTING_TIMEOUT : connectingTimeout;
    }

    /** A connection to {@code host} with everything else from the SSH configuration. */
    public static SshConnectionInfo of(String host) {
        return new SshConnectionInfo(host, 0, null, null, null, null, null, null);
    }

    public SshConnectionInfo withPort(int newPort) {
        return new SshConnectionInfo(host, newPort, userName, keyFile, password, subsystem, options, connectingTimeout);
    }

    public SshConnectionInfo withUserName(String newUserName) {
        return new SshConnectionInfo(host, port, newUserName, keyFile, password, subsystem, options, connectingTimeout);
    }

    public SshConnectionInfo withKeyFile(Path newKeyFile) {
        return new SshConnectionInfo(host, port, userName, newKeyFile, password, subsystem, options, connectingTimeout);
    }

    public SshConnectionInfo withPassword(char[] newPassword) {
        return new SshConnectionInfo(host, port, userName, keyFile, newPassword, subsystem, options, connectingTimeout);
    }

    public SshConnectionInfo withSubsystem(String newSubsystem) {
        return new SshConnectionInfo(host, port, userName, keyFile, password, newSubsystem, options, connectingTimeout);
    }

    public SshConnectionInfo withOptions(Map<String, String> newOptions) {
        return new SshConnectionInfo(host, port, userName, keyFile, password, subsystem, newOptions, connectingTimeout);
    }

    public SshConnectionInfo withConnectingTimeout(Duration newTimeout) {
        return new SshConnectionInfo(host, port, userName, keyFile, password, subsystem, options, newTimeout);
    }

    @Override
    public String toString() {
        return (userName == null ? "" : userName + "@") + host + (port == 0 ? "" : ":" + port) + " (subsystem " + subsystem + ")";
    }
}
