package org.jposh.remoting.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.subsystem.SubsystemFactory;
import org.jposh.remoting.server.PipelineExecutor;
import org.jposh.remoting.transport.OutOfProcServer;

/**
 * An SSH server (Apache Mina) whose only service is the {@code powershell} subsystem: each channel
 * that opens it gets its own runspace pool, served by {@link OutOfProcServer} on the channel's
 * streams, as sshd runs {@code pwsh -sshs} for each. There is no shell and no command execution.
 *
 * <p>It binds to the loopback address unless told otherwise; its host key is kept in a file
 * (generated on first start, then reused, so clients' known_hosts stay valid); clients log in with
 * a key from an authorized_keys file and/or with a password a {@link PasswordCheck} accepts. All
 * sessions run as the server's own OS user. It forwards no connections (no direct-tcpip, so it cannot
 * serve as a ProxyJump host), listens on no ports for clients, and forwards neither agents nor X11,
 * unless {@link Builder#allowTcpForwarding} says otherwise for direct-tcpip.
 */
public final class PowerShellSshServer implements AutoCloseable {
    /** Decides whether a user name and password may log in. */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean accepts(String userName, String password);
    }

    /** Decides whether a client may have a connection to {@code host}:{@code port} forwarded (direct-tcpip, a ProxyJump). */
    @FunctionalInterface
    public interface ForwardingCheck {
        boolean allows(String host, int port);
    }

    private final SshServer server;

    private PowerShellSshServer(SshServer server) {
        this.server = server;
    }

    public static Builder builder(PipelineExecutor.Factory executors) {
        return new Builder(executors);
    }

    /** The port the server listens on (the one chosen when it was asked for port 0). */
    public int port() {
        return server.getPort();
    }

    /** How many SSH connections are open now. */
    public int activeSessions() {
        return server.getActiveSessions().size();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }

    public static final class Builder {
        private final PipelineExecutor.Factory executors;
        private String bindAddress = "127.0.0.1";
        private int port;
        private Path hostKeyFile;
        private Path authorizedKeysFile;
        private PasswordCheck passwords;
        private String subsystem = SshConnectionInfo.DEFAULT_SUBSYSTEM;
        private ForwardingCheck forwarding;

        private Builder(PipelineExecutor.Factory executors) {
            this.executors = Objects.requireNonNull(executors, "executors");
        }

        /** The address to listen on; the loopback address by default. */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port to listen on; 0 (the default) picks a free one. */
        public Builder port(int listenPort) {
            this.port = listenPort;
            return this;
        }

        /** Where the host key is kept; required. A missing file is created with a new key. */
        public Builder hostKeyFile(Path file) {
            this.hostKeyFile = file;
            return this;
        }

        /** An OpenSSH authorized_keys file whose keys may log in (any user name). */
        public Builder authorizedKeysFile(Path file) {
            this.authorizedKeysFile = file;
            return this;
        }

        /** Allows password logins that {@code check} accepts. */
        public Builder passwords(PasswordCheck check) {
            this.passwords = check;
            return this;
        }

        /** The subsystem name; {@code powershell} by default. */
        public Builder subsystem(String name) {
            this.subsystem = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Lets clients open direct-tcpip channels (what {@code ssh -J} and ProxyJump use) to the
         * destinations {@code check} allows, as sshd's {@code AllowTcpForwarding local}; refused by default.
         */
        public Builder allowTcpForwarding(ForwardingCheck check) {
            this.forwarding = Objects.requireNonNull(check, "check");
            return this;
        }

        /** Starts listening. */
        public PowerShellSshServer start() throws IOException {
            if (hostKeyFile == null) {
                throw new IllegalStateException("The SSH server needs a host key file (it is created when missing).");
            }
            if (authorizedKeysFile == null && passwords == null) {
                throw new IllegalStateException("The SSH server needs an authorized_keys file or a password check: nobody could log in.");
            }
            if (authorizedKeysFile != null && !Files.isReadable(authorizedKeysFile)) {
                throw new IOException("The authorized_keys file " + authorizedKeysFile + " cannot be read.");
            }
            SshServer server = SshServer.setUpDefaultServer();
            server.setHost(bindAddress);
            server.setPort(port);
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(hostKeyFile));
            if (authorizedKeysFile != null) {
                server.setPublickeyAuthenticator(oneAtATime(new AuthorizedKeysAuthenticator(authorizedKeysFile)));
            }
            if (passwords != null) {
                PasswordCheck check = passwords;
                server.setPasswordAuthenticator((user, password, session) -> check.accepts(user, password));
            }
            server.setForwardingFilter(forwardingFilter(forwarding));
            server.setSubsystemFactories(List.of(new PowerShellSubsystemFactory(subsystem, executors)));
            // PSRP waits for small acknowledgements; Nagle's algorithm would hold them back.
            CoreModuleProperties.TCP_NODELAY.set(server, true);
            MinaShutdownRace.install();
            server.start();
            return new PowerShellSshServer(server);
        }

        /**
         * Mina's AuthorizedKeysAuthenticator reads the file again when it has changed (as sshd does), but it
         * forgets the keys it had before reading them, so a login checked meanwhile finds none and is refused
         * (seen with two logins at once on a fresh server): logins check their key one at a time.
         */
        private static PublickeyAuthenticator oneAtATime(PublickeyAuthenticator authenticator) {
            return (user, key, session) -> {
                synchronized (authenticator) {
                    return authenticator.authenticate(user, key, session);
                }
            };
        }
    }

    /** Refuses everything, except direct-tcpip to what {@code check} allows when there is one. */
    private static ForwardingFilter forwardingFilter(ForwardingCheck check) {
        if (check == null) {
            return RejectAllForwardingFilter.INSTANCE;
        }
        TcpForwardingFilter tcp = new TcpForwardingFilter() {
            @Override
            public boolean canListen(SshdSocketAddress address, Session session) {
                return false;
            }

            @Override
            public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
                return type == Type.Direct && check.allows(address.getHostName(), address.getPort());
            }
        };
        return ForwardingFilter.asForwardingFilter(RejectAllForwardingFilter.INSTANCE, RejectAllForwardingFilter.INSTANCE, tcp);
    }

    private record PowerShellSubsystemFactory(String name, PipelineExecutor.Factory executors) implements SubsystemFactory {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Command createSubsystem(ChannelSession channel) {
            return new PowerShellSubsystem(executors);
        }
    }

    /**
     * The subsystem on one channel: an OutOfProc server on its streams, on a thread of its own
     * (Mina starts commands on its I/O threads). Transport errors go to the channel's output with
     * pwsh's error prefix, as {@code pwsh -sshs} writes them.
     */
    private static final class PowerShellSubsystem implements Command {
        private final PipelineExecutor.Factory executors;
        private InputStream in;
        private OutputStream out;
        private ExitCallback exit;

        PowerShellSubsystem(PipelineExecutor.Factory executors) {
            this.executors = executors;
        }

        @Override
        public void setInputStream(InputStream stream) {
            this.in = stream;
        }

        @Override
        public void setOutputStream(OutputStream stream) {
            this.out = stream;
        }

        @Override
        public void setErrorStream(OutputStream stream) {
            // pwsh -sshs reports transport errors on the output stream; nothing is written to stderr.
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread t = new Thread(() -> {
                try {
                    new OutOfProcServer(in, out, null, executors).run();
                } finally {
                    exit.onExit(0);
                }
            }, "ssh-powershell-subsystem");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void destroy(ChannelSession channel) throws IOException {
            // The channel is closing: ending the input ends the server's read loop, and with it the session.
            in.close();
        }
    }
}
