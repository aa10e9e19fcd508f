package org.jposh.shell;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.jposh.remoting.bridge.InterpreterExecutor;
import org.jposh.remoting.ssh.PowerShellSshServer;

/**
 * Our embedded SSH server on loopback serving the interpreter, for the tests that enter sessions:
 * an ed25519 client key authorized, and the session cmdlets' arguments that reach it with that key
 * and a known_hosts file of the test's own.
 */
final class EmbeddedSshServer implements AutoCloseable {
    private final PowerShellSshServer server;
    private final String connectArguments;

    /** Starts a server whose keys and known_hosts live in {@code dir}. */
    EmbeddedSshServer(Path dir) throws Exception {
        KeyPair pair = KeyUtils.generateKeyPair("ssh-ed25519", 256);
        Path key = dir.resolve("client_key");
        try (OutputStream out = Files.newOutputStream(key)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "test", null, out);
        }
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        Path authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, PublicKeyEntry.toString(pair.getPublic()) + "\n");
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-------"));
        server = PowerShellSshServer.builder(InterpreterExecutor.factory(OutputStream.nullOutputStream()))
                .hostKeyFile(dir.resolve("host_key"))
                .authorizedKeysFile(authorized)
                .start();
        connectArguments = "-Port " + server.port() + " -KeyFilePath '" + key + "' -Options @{ StrictHostKeyChecking = "
                + "'accept-new'; UserKnownHostsFile = '" + dir.resolve("known_hosts") + "' }";
    }

    /** {@code -Port ... -KeyFilePath ... -Options ...}, to follow {@code -HostName localhost}. */
    String connectArguments() {
        return connectArguments;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
