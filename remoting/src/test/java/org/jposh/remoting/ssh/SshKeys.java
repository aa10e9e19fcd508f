package org.jposh.remoting.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;

/** Test keys: an ed25519 key pair in OpenSSH's files (private key, authorized_keys line). */
public final class SshKeys {
    private SshKeys() {
    }

    /** Writes {@code dir/name} (private, mode 600) and returns the authorized_keys line of its public key. */
    public static String writeKeyPair(Path dir, String name) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyUtils.generateKeyPair("ssh-ed25519", 256);
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "test", null, out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return PublicKeyEntry.toString(pair.getPublic());
    }

    /** Writes an authorized_keys file (mode 600, which Mina and sshd require). */
    public static Path writeAuthorizedKeys(Path dir, String... lines) throws IOException {
        Path file = dir.resolve("authorized_keys");
        Files.writeString(file, String.join("\n", lines) + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
