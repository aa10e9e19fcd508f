package org.jposh.remoting.ssh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.InterruptedByTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSessionCreator;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelListener;
import org.apache.sshd.common.forward.TcpipClientChannel;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.core.CoreModuleProperties;
import org.jposh.remoting.protocol.RemotingErrors;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.transport.OutOfProcClientTransport;

/**
 * Connects to a PowerShell endpoint over SSH with Apache Mina: TCP, key exchange (the host key
 * checked against known_hosts), authentication (key files, then password), then the
 * {@code powershell} subsystem, whose channel carries the OutOfProc transport. Every step has the
 * connecting timeout, and every failure is reported at once with the words OpenSSH would use
 * (pwsh shows ssh's own messages), never as a hang:
 *
 * <ul>
 *   <li>{@code ssh: connect to host H port P: Connection refused} (or timed out, or no route);</li>
 *   <li>{@code ssh: Could not resolve hostname H: Name or service not known};</li>
 *   <li>{@code Host key verification failed.} for an unknown or changed host key;</li>
 *   <li>{@code U@H: Permission denied (publickey,password).};</li>
 *   <li>{@code subsystem request failed on channel 0}, with how to configure the server;</li>
 *   <li>once connected, the end of the channel breaks the session with what the remote process
 *       wrote on stderr and its exit status.</li>
 * </ul>
 */
public final class SshClientConnector {
    private SshClientConnector() {
    }

    /** Connects and returns the transport to open a runspace pool on. */
    public static OutOfProcClientTransport connect(SshConnectionInfo info) {
        Duration timeout = info.connectingTimeout();
        HostKeyCheck hostKeys = new HostKeyCheck(info);
        RefusedForwarding refused = new RefusedForwarding();
        MinaShutdownRace.install();
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeys.verifier());
        client.addChannelListener(refused);
        CoreModuleProperties.REQUEST_SUBSYSTEM_REPLY.set(client, true);
        // PSRP waits for small acknowledgements; Nagle's algorithm would hold them back.
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        client.start();
        String host = info.host();
        int port = info.port() > 0 ? info.port() : SshConstants.DEFAULT_PORT;
        String user = info.userName() != null ? info.userName() : System.getProperty("user.name");
        String proxyJump = null;
        ClientSession session = null;
        String step = "connect";
        try {
            HostConfigEntry entry = target(client, info, host, port, user);
            host = entry.getHostName();
            port = entry.getPort();
            user = entry.getUsername();
            proxyJump = entry.getProxyJump();
            entry.setProxyJump(proxyJump == null ? null : minaHopOrder(proxyJump));
            // On the client, not the session: the jump hosts authenticate with the same identities.
            addIdentities(client, info);
            session = client.connect(entry, null, null).verify(timeout).getSession();
            step = "authenticate";
            session.auth().verify(timeout);
            step = "open";
            SubsystemChannel channel = new SubsystemChannel(info.subsystem());
            session.getService(ConnectionService.class).registerChannel(channel);
            channel.open().verify(timeout);
            if (!channel.awaitAccepted(timeout)) {
                throw failure("SSHSubsystemNotFound", "subsystem request failed on channel " + channel.getChannelId()
                        + ". The SSH server on " + info.host() + " has no '" + info.subsystem() + "' subsystem; add"
                        + " 'Subsystem " + info.subsystem() + " /path/to/jposh -sshs -NoLogo' (or pwsh -sshs) to its sshd_config.");
            }
            return transport(client, session, channel);
        } catch (RemotingException e) {
            stop(client);
            throw e;
        } catch (IOException | TimeoutException | RuntimeException e) {
            stop(client);
            if (refused.message() != null) {
                throw failure("SSHProxyJumpFailed", refused.message());
            }
            RemotingException failure = describe(e, step, user, host, port, hostKeys);
            if (proxyJump != null && !step.equals("open")) {
                failure = failure("SSHProxyJumpFailed", failure.record().message()
                        .replaceFirst("^The SSH client session has ended with error message: ", "") + " (through ProxyJump " + proxyJump + ")");
            }
            throw failure;
        }
    }

    /**
     * The target as {@code ~/.ssh/config} makes it (HostName, Port, User, IdentityFile, ProxyJump),
     * with the parameters taking precedence as ssh's command line does, and {@code -Options}'
     * ProxyJump over the config's.
     */
    private static HostConfigEntry target(SshClient client, SshConnectionInfo info, String host, int port, String user)
            throws IOException {
        HostConfigEntry entry = client.getHostConfigEntryResolver()
                .resolveEffectiveHost(info.host(), info.port(), null, info.userName(), null, null);
        if (entry == null) {
            entry = new HostConfigEntry(host, host, port, user);
        } else {
            entry.setHostName(entry.getHostName() != null ? entry.getHostName() : host);
            entry.setPort(entry.getPort() > 0 ? entry.getPort() : port);
            entry.setUsername(entry.getUsername() != null ? entry.getUsername() : user);
        }
        String proxyJump = option(info.options(), "ProxyJump");
        if (proxyJump != null) {
            // ssh's "none" turns off a jump the config would add.
            entry.setProxyJump(proxyJump.equalsIgnoreCase("none") ? null : proxyJump);
        } else if ("none".equalsIgnoreCase(entry.getProxyJump())) {
            entry.setProxyJump(null);
        }
        return entry;
    }

    /**
     * ssh visits the hops of {@code ProxyJump a,b} in order (a, then b through a, then the target
     * through b); Mina 2.16 reaches each hop through the ones after it in the list, so it is given
     * the list reversed.
     */
    private static String minaHopOrder(String proxyJump) {
        List<String> hops = new ArrayList<>(List.of(proxyJump.split(",")));
        Collections.reverse(hops);
        return String.join(",", hops);
    }

    private static OutOfProcClientTransport transport(SshClient client, ClientSession session, SubsystemChannel channel) {
        StderrTail stderr = new StderrTail(channel.getInvertedErr());
        stderr.start();
        return new OutOfProcClientTransport(channel.getInvertedOut(), channel.getInvertedIn(), () -> {
            // Tear down off the caller's thread: Mina waits for its own threads when it stops.
            Thread t = new Thread(() -> {
                channel.close(true);
                session.close(true);
                stop(client);
            }, "ssh-client-close");
            t.setDaemon(true);
            t.start();
        }, () -> abruptEnd(channel, stderr), OutOfProcClientTransport.DEFAULT_ACK_TIMEOUT,
                OutOfProcClientTransport.DEFAULT_ACK_TIMEOUT);
    }

    /** pwsh's message for an SSH channel that ended under a session, with what the remote side left behind. */
    private static PsrpException abruptEnd(SubsystemChannel channel, StderrTail stderr) {
        channel.waitFor(EnumSet.of(ClientChannelEvent.EXIT_STATUS, ClientChannelEvent.CLOSED), Duration.ofMillis(500));
        stderr.awaitEnd(Duration.ofMillis(500));
        StringBuilder message = new StringBuilder(
                "The SSH transport process has abruptly terminated causing this remote session to break.");
        Integer status = channel.getExitStatus();
        if (status != null) {
            message.append(" The remote process exited with status ").append(status);
            // The shell's codes for a command it could not run: the usual mistake in a Subsystem line.
            if (status == 127) {
                message.append(" (command not found: check the path on the server's Subsystem line)");
            } else if (status == 126) {
                message.append(" (command not executable: check the path on the server's Subsystem line)");
            }
            message.append('.');
        }
        String errors = stderr.text();
        if (!errors.isEmpty()) {
            message.append(" It wrote: ").append(errors);
        }
        return new PsrpException("SSHAbruptlyTerminated", message.toString());
    }

    private static void addIdentities(SshClient client, SshConnectionInfo info) {
        if (info.password() != null) {
            client.addPasswordIdentity(new String(info.password()));
        }
        List<Path> keyFiles = new ArrayList<>();
        if (info.keyFile() != null) {
            if (!Files.isReadable(info.keyFile())) {
                throw failure("SSHKeyFileNotFound", "Warning: Identity file " + info.keyFile() + " not accessible: No such file or directory.");
            }
            keyFiles.add(info.keyFile());
        } else {
            Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
            for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
                if (Files.isReadable(ssh.resolve(name))) {
                    keyFiles.add(ssh.resolve(name));
                }
            }
        }
        for (Path file : keyFiles) {
            int loaded = 0;
            String problem = "invalid format";
            try {
                // Mina reads the file lazily and reports its problems as unchecked exceptions.
                for (KeyPair key : new FileKeyPairProvider(file).loadKeys(null)) {
                    client.addPublicKeyIdentity(key);
                    loaded++;
                }
            } catch (RuntimeException e) {
                problem = reason(rootCause(e));
            }
            // A default key we cannot read (encrypted, unknown type) is skipped, as ssh skips it without an agent.
            if (loaded == 0 && file.equals(info.keyFile())) {
                throw failure("SSHKeyFileInvalid", "Load key \"" + file + "\": " + problem);
            }
        }
    }

    private static RemotingException describe(Exception e, String step, String user, String host, int port, HostKeyCheck hostKeys) {
        if (hostKeys.rejected() != null) {
            return failure("SSHHostKeyVerificationFailed", hostKeys.rejected() + " Host key verification failed.");
        }
        Throwable cause = rootCause(e);
        String where = "ssh: connect to host " + host + " port " + port + ": ";
        if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
            return failure("SSHConnectionFailed", "ssh: Could not resolve hostname " + host + ": Name or service not known");
        }
        if (cause instanceof ConnectException) {
            return failure("SSHConnectionFailed", where + "Connection refused");
        }
        if (cause instanceof NoRouteToHostException) {
            return failure("SSHConnectionFailed", where + "No route to host");
        }
        if (e instanceof TimeoutException || cause instanceof SocketTimeoutException || cause instanceof InterruptedByTimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")) {
            return failure("SSHClientConnectTimeout", step.equals("connect") ? where + "Connection timed out"
                    : "SSH connection attempt failed after time out while trying to " + step + ".");
        }
        if (step.equals("authenticate")) {
            return failure("SSHAuthenticationFailed", user + "@" + host + ": Permission denied (publickey,password).");
        }
        return failure("SSHConnectionFailed", "ssh: " + host + " port " + port + ": " + reason(cause));
    }

    private static RemotingException failure(String errorId, String sshMessage) {
        return new RemotingException(RemotingErrors.transport(new PsrpException(errorId,
                "The SSH client session has ended with error message: " + sshMessage)));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String reason(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static void stop(SshClient client) {
        try {
            client.stop();
        } catch (RuntimeException e) {
            // Stopping a client that failed to connect.
        }
    }

    /**
     * Host keys as OpenSSH checks them with StrictHostKeyChecking: known_hosts decides; an unknown
     * host is refused ({@code yes}), added ({@code accept-new}, {@code no}); a changed key is always refused.
     */
    private static final class HostKeyCheck {
        private static final List<String> SUPPORTED_OPTIONS = List.of("stricthostkeychecking", "userknownhostsfile", "proxyjump");
        private final SshConnectionInfo info;
        private final Path knownHosts;
        private final boolean acceptNew;
        private volatile String rejected;

        HostKeyCheck(SshConnectionInfo info) {
            this.info = info;
            Map<String, String> options = info.options();
            String file = option(options, "UserKnownHostsFile");
            this.knownHosts = file != null ? Path.of(file.replaceFirst("^~", System.getProperty("user.home")))
                    : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
            String strict = option(options, "StrictHostKeyChecking");
            if (strict != null && !List.of("yes", "no", "accept-new", "ask").contains(strict.toLowerCase(Locale.ROOT))) {
                throw failure("SSHInvalidOption", "unsupported option \"StrictHostKeyChecking=" + strict + "\".");
            }
            this.acceptNew = strict != null && (strict.equalsIgnoreCase("no") || strict.equalsIgnoreCase("accept-new"));
            for (String key : options.keySet()) {
                if (!SUPPORTED_OPTIONS.contains(key.toLowerCase(Locale.ROOT))) {
                    throw failure("SSHInvalidOption", "unsupported option \"" + key + "\": only StrictHostKeyChecking,"
                            + " UserKnownHostsFile and ProxyJump are supported.");
                }
            }
        }

        ServerKeyVerifier verifier() {
            ServerKeyVerifier unknown = (session, address, key) -> {
                if (acceptNew) {
                    return true;
                }
                rejected = "No " + key.getAlgorithm() + " host key is known for " + hostName(session, address) + " in " + knownHosts
                        + " and you have requested strict checking.";
                return false;
            };
            KnownHostsServerKeyVerifier verifier = new KnownHostsServerKeyVerifier(unknown, knownHosts);
            verifier.setModifiedServerKeyAcceptor((session, address, entry, expected, actual) -> {
                rejected = "WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! The host key of " + hostName(session, address) + " differs from"
                        + " the one in " + knownHosts + ".";
                return false;
            });
            return verifier;
        }

        String rejected() {
            return rejected;
        }

        /** The host whose key is checked: the one connected to, or for a hop reached through a jump host, the hop. */
        private String hostName(ClientSession session, SocketAddress address) {
            SshdSocketAddress tunnelled = session.getAttribute(ClientSessionCreator.TARGET_SERVER);
            if (tunnelled != null) {
                return tunnelled.getHostName();
            }
            return address instanceof InetSocketAddress inet ? inet.getHostString() : info.host();
        }
    }

    /** An ssh_config option of {@code -Options}, whose names ignore case as ssh's do. */
    private static String option(Map<String, String> options, String name) {
        for (Map.Entry<String, String> e : options.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Notices a jump host that would not forward the connection to the next hop: a direct-tcpip
     * channel closed without having opened. Mina reports only that the next hop's connection ended,
     * and keeps the refusal's reason code to itself, so the message says what either reason means.
     */
    private static final class RefusedForwarding implements ChannelListener {
        private final Set<Channel> opened = ConcurrentHashMap.newKeySet();
        private volatile String message;

        @Override
        public void channelOpenSuccess(Channel channel) {
            opened.add(channel);
        }

        @Override
        public void channelClosed(Channel channel, Throwable reason) {
            if (channel instanceof TcpipClientChannel tcpip && !opened.remove(channel) && message == null) {
                SshdSocketAddress next = tcpip.getTunnelExit();
                message = "channel " + channel.getChannelId() + ": open failed: the jump host " + hop(channel.getSession())
                        + " refused to forward the connection to " + next.getHostName() + " port " + next.getPort()
                        + " (its SSH server does not allow TCP forwarding there, or cannot reach it). stdio forwarding failed";
            }
        }

        String message() {
            return message;
        }

        /** A jump host's address: where it was reached, through the previous hop's tunnel when there is one. */
        private static String hop(Session session) {
            SshdSocketAddress target = session.getAttribute(ClientSessionCreator.TARGET_SERVER);
            if (target != null) {
                return target.getHostName() + " port " + target.getPort();
            }
            return String.valueOf(session.getIoSession().getRemoteAddress()).replaceFirst("^/", "");
        }
    }

    /**
     * Reads the remote stderr, which must be drained or the channel's window fills, and keeps its
     * last lines for the error message. (Debian's sshd does not forward a subsystem's stderr; other
     * servers do.)
     */
    private static final class StderrTail extends Thread {
        private static final int LINES = 20;
        private final InputStream err;
        private final ArrayDeque<String> lines = new ArrayDeque<>();

        StderrTail(InputStream err) {
            super("ssh-client-stderr");
            this.err = err;
            setDaemon(true);
        }

        @Override
        public void run() {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        if (lines.size() == LINES) {
                            lines.removeFirst();
                        }
                        lines.addLast(line);
                    }
                }
            } catch (IOException e) {
                // The channel is gone; what was read is kept.
            }
        }

        void awaitEnd(Duration timeout) {
            try {
                join(timeout.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        String text() {
            synchronized (lines) {
                return String.join(" ", lines).strip();
            }
        }
    }
}
