package org.jposh.remoting.commands;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.remoting.bridge.InterpreterExecutor;
import org.jposh.remoting.ssh.PowerShellSshServer;
import org.jposh.remoting.ssh.SshKeys;

/**
 * The embedded SSH server running the interpreter, on loopback, for the session cmdlets' tests: key
 * authentication with a client key and a known_hosts file kept in the test's directory.
 */
final class InterpreterSshServer implements AutoCloseable {
    private final PowerShellSshServer server;
    private final Path dir;

    InterpreterSshServer(Path dir) throws Exception {
        this.dir = dir;
        String publicKey = SshKeys.writeKeyPair(dir, "client_key");
        server = PowerShellSshServer.builder(InterpreterExecutor.factory(OutputStream.nullOutputStream()))
                .hostKeyFile(dir.resolve("host_key"))
                .authorizedKeysFile(SshKeys.writeAuthorizedKeys(dir, publicKey))
                .start();
    }

    int port() {
        return server.port();
    }

    int activeSessions() {
        return server.activeSessions();
    }

    /** The session cmdlets' parameters that reach this server (after {@code -HostName localhost}). */
    String connectParameters() {
        return connectParameters("");
    }

    /** The same, with more {@code -Options} entries ({@code "ProxyJump = '...'"}). */
    String connectParameters(String moreOptions) {
        return "-Port " + server.port() + " -KeyFilePath '" + dir.resolve("client_key") + "' -Options @{ "
                + "StrictHostKeyChecking = 'accept-new'; UserKnownHostsFile = '" + dir.resolve("known_hosts") + "'"
                + (moreOptions.isEmpty() ? "" : "; " + moreOptions) + " }";
    }

    /**
     * Another server the same client key logs in to, to jump through: it forwards connections to
     * loopback ports when {@code forwarding}, and refuses them (our server's default) otherwise.
     */
    PowerShellSshServer jumpHost(String name, boolean forwarding) throws Exception {
        Path keys = Files.createDirectories(dir.resolve(name));
        PowerShellSshServer.Builder builder = PowerShellSshServer.builder(InterpreterExecutor.factory(OutputStream.nullOutputStream()))
                .hostKeyFile(keys.resolve("host_key")).authorizedKeysFile(dir.resolve("authorized_keys"));
        return (forwarding ? builder.allowTcpForwarding((host, port) -> host.equals("localhost") || host.equals("127.0.0.1")) : builder)
                .start();
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
