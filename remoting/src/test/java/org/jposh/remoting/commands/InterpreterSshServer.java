package org.jposh.remoting.commands;

import java.io.OutputStream;
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

    /** The session cmdlets' parameters that reach this server (after {@code -HostName localhost}). */
    String connectParameters() {
        return "-Port " + server.port() + " -KeyFilePath '" + dir.resolve("client_key") + "' -Options @{ "
                + "StrictHostKeyChecking = 'accept-new'; UserKnownHostsFile = '" + dir.resolve("known_hosts") + "' }";
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
