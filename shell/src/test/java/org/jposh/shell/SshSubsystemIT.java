package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.PipelineListener;
import org.jposh.remoting.psrp.messages.CommandData;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.ssh.SshClientConnector;
import org.jposh.remoting.ssh.SshConnectionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's sshd with {@code Subsystem powershell bin/jposh -sshs}, reached by our SSH client: the
 * deployment pwsh documents for SSH remoting, with JPosh at the server end. Skipped, saying why,
 * when OpenSSH's server is not installed (CI installs it).
 */
class SshSubsystemIT {
    private static final Path JPOSH = Path.of(System.getProperty("jposh.repo"), "bin", "jposh").toAbsolutePath().normalize();
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Process sshd;

    @AfterEach
    void stopSshd() throws InterruptedException {
        if (sshd != null) {
            sshd.destroy();
            sshd.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
    }

    private int startSshd() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SSHD) && Files.isExecutable(SSH_KEYGEN),
                "OpenSSH's server is not installed (apt-get install openssh-server); CI installs it");
        Files.createDirectories(Path.of("/run/sshd"));
        for (String key : List.of("host_key", "client_key")) {
            run(SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", dir.resolve(key).toString());
        }
        Path authorized = dir.resolve("authorized_keys");
        Files.writeString(authorized, Files.readString(dir.resolve("client_key.pub")));
        Files.setPosixFilePermissions(authorized, PosixFilePermissions.fromString("rw-------"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorized,
                "PermitRootLogin prohibit-password",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "Subsystem powershell " + JPOSH + " -sshs",
                ""));
        run(SSHD.toString(), "-t", "-f", config.toString());
        sshd = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return port;
            } catch (IOException notYet) {
                if (System.nanoTime() > end || !sshd.isAlive()) {
                    throw new AssertionError("sshd did not start: " + Files.readString(dir.resolve("sshd.log")));
                }
                Thread.sleep(50);
            }
        }
    }

    private static List<Object> script(RemoteRunspacePool pool, String text) throws InterruptedException {
        List<Object> output = new CopyOnWriteArrayList<>();
        RemotePipeline p = pool.invoke(PowerShellData.of(List.of(CommandData.of(text, true, List.of()))),
                new PipelineListener() {
                    @Override
                    public void output(Object value) {
                        output.add(value);
                    }

                    @Override
                    public void stateChanged(PSInvocationState state, ErrorRecordData reason) {
                    }
                });
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(WAIT), () -> String.valueOf(p.reason()));
        return output;
    }

    @Test
    void ourClientRunsScriptsInJposhBehindSshd() throws Exception {
        int port = startSshd();
        SshConnectionInfo target = SshConnectionInfo.of("127.0.0.1").withPort(port)
                .withUserName(System.getProperty("user.name")).withKeyFile(dir.resolve("client_key"))
                .withOptions(Map.of("StrictHostKeyChecking", "accept-new", "UserKnownHostsFile",
                        dir.resolve("known_hosts").toString()))
                .withConnectingTimeout(Duration.ofSeconds(20));
        RemoteRunspacePool pool = RemoteRunspacePool.open(SshClientConnector.connect(target),
                ClientRunspacePool.Settings.defaults(), null, null, WAIT);
        assertEquals(List.of(3), script(pool, "1 + 2"));
        assertEquals(List.of("a", "b"), script(pool, "Write-Output a b"));
        pool.close(WAIT);
        assertEquals(RunspacePoolState.CLOSED, pool.state());
    }
}
