package org.jposh.remoting.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jposh.interpreter.Runspace;
import org.jposh.remoting.TestExecutor;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.transport.Collector;
import org.jposh.remoting.transport.OutOfProcClientTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real peers from Debian's OpenSSH (remoting.md 9.1, 9.2): the {@code ssh} client against our
 * embedded server, and our Mina client against {@code sshd} running our OutOfProc server as its
 * {@code powershell} subsystem. CI installs openssh-client and openssh-server; without the
 * binaries these tests are skipped, saying so.
 */
class OpenSshInteropTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SSH = Path.of("/usr/bin/ssh");
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");

    @TempDir
    Path dir;

    private Process sshd;

    @BeforeEach
    void requireOpenSsh() {
        Assumptions.assumeTrue(Files.isExecutable(SSH) && Files.isExecutable(SSH_KEYGEN),
                "OpenSSH's client is not installed (apt-get install openssh-client); CI installs it");
    }

    @AfterEach
    void stopSshd() throws InterruptedException {
        if (sshd != null) {
            sshd.destroy();
            sshd.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void keygen(String name) throws Exception {
        run(SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", dir.resolve(name).toString());
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
    }

    @Test
    void openSshsClientTalksToOurServer() throws Exception {
        keygen("client_key");
        Path authorized = SshKeys.writeAuthorizedKeys(dir, Files.readString(dir.resolve("client_key.pub")).strip());
        try (PowerShellSshServer server = PowerShellSshServer.builder(TestExecutor.FACTORY).hostKeyFile(dir.resolve("host_key"))
                .authorizedKeysFile(authorized).start()) {
            // pwsh's own argument order: ssh -i KEY -l USER -p PORT -o K=V -s HOST SUBSYSTEM
            Process ssh = new ProcessBuilder(SSH.toString(), "-i", dir.resolve("client_key").toString(), "-l", "alice",
                    "-p", Integer.toString(server.port()), "-o", "StrictHostKeyChecking=no",
                    "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"), "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                    "-s", "127.0.0.1", "powershell")
                    .redirectError(dir.resolve("ssh.err").toFile()).start();
            // Closing ssh's stdin ends the session; ssh is killed only if it does not exit by itself.
            OutOfProcClientTransport transport = new OutOfProcClientTransport(ssh.getInputStream(), ssh.getOutputStream(),
                    () -> ssh.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).thenRun(ssh::destroy),
                    () -> new PsrpException("SSHAbruptlyTerminated", "ssh ended"), Duration.ofSeconds(10), Duration.ofSeconds(10));
            RemoteRunspacePool pool = RemoteRunspacePool.open(transport, ClientRunspacePool.Settings.defaults(), null, null, WAIT);
            exercise(pool);
            pool.close(WAIT);
            assertEquals(RunspacePoolState.CLOSED, pool.state());
            assertTrue(ssh.waitFor(30, TimeUnit.SECONDS), "ssh ends once the session is closed");
            assertEquals(0, ssh.exitValue(), Files.readString(dir.resolve("ssh.err")));
        }
    }

    /** Input, all streams, 5,000 objects, a stop: the same session works whoever is at the other end. */
    private static void exercise(RemoteRunspacePool pool) throws InterruptedException {
        Collector echo = new Collector();
        RemotePipeline p = pool.invokeWithInput(TestExecutor.command("Echo", new CommandParameter(null, "first")), echo);
        p.input("second");
        p.endInput();
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(WAIT));
        assertEquals(List.of("first", "second"), echo.output());

        Collector streams = new Collector();
        assertEquals(PSInvocationState.COMPLETED, pool.invoke(TestExecutor.command("Streams"), streams).awaitCompletion(WAIT));
        assertEquals(8, streams.events().size(), streams.events().toString());

        Collector many = new Collector();
        assertEquals(PSInvocationState.COMPLETED,
                pool.invoke(TestExecutor.command("Emit", new CommandParameter("Count", 5_000)), many).awaitCompletion(WAIT));
        assertEquals(5_000, many.outputCount());

        Collector endless = new Collector();
        RemotePipeline loop = pool.invoke(TestExecutor.command("Loop"), endless);
        while (endless.outputCount() < 10) {
            Thread.sleep(5);
        }
        loop.stop();
        assertEquals(PSInvocationState.STOPPED, loop.awaitCompletion(WAIT));
    }

    // Our Mina client against Debian's sshd.

    /** Starts a private sshd on a free loopback port with our server as the powershell subsystem; returns the port. */
    private int startSshd() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(SSHD), "OpenSSH's server is not installed (apt-get install openssh-server); CI installs it");
        Path privsep = Path.of("/run/sshd");
        if (!Files.isDirectory(privsep)) {
            Files.createDirectories(privsep);
        }
        keygen("host_key");
        keygen("client_key");
        SshKeys.writeAuthorizedKeys(dir, Files.readString(dir.resolve("client_key.pub")).strip());
        // The subsystem is a JVM with the test classes; an argument file keeps the sshd_config line short.
        Path args = dir.resolve("java.args");
        Files.writeString(args, "-XX:TieredStopAtLevel=1\n-cp\n\"" + System.getProperty("java.class.path") + "\"\n"
                + StdioServerMain.class.getName() + "\n");
        Path interpreterArgs = dir.resolve("interpreter.args");
        Files.writeString(interpreterArgs, "--sun-misc-unsafe-memory-access=allow\n--enable-native-access=ALL-UNNAMED\n"
                + "-Xss8m\n-cp\n\"" + System.getProperty("java.class.path") + "\"\n" + StdioServerMain.class.getName()
                + "\ninterpreter\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
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
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PermitRootLogin prohibit-password",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "LogLevel VERBOSE",
                "Subsystem powershell " + java + " @" + args,
                "Subsystem broken /no/such/jposh -sshs -NoLogo",
                "Subsystem jposh " + java + " @" + interpreterArgs,
                ""));
        Files.setPosixFilePermissions(dir.resolve("host_key"), PosixFilePermissions.fromString("rw-------"));
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

    private SshConnectionInfo sshdTarget(int port) {
        return SshConnectionInfo.of("127.0.0.1").withPort(port).withUserName(System.getProperty("user.name"))
                .withKeyFile(dir.resolve("client_key"))
                .withOptions(Map.of("StrictHostKeyChecking", "accept-new", "UserKnownHostsFile", dir.resolve("known_hosts").toString()))
                .withConnectingTimeout(Duration.ofSeconds(20));
    }

    @Test
    void ourClientTalksToOpenSshsServer() throws Exception {
        int port = startSshd();
        RemoteRunspacePool pool = RemoteRunspacePool.open(SshClientConnector.connect(sshdTarget(port)),
                ClientRunspacePool.Settings.defaults(), null, null, WAIT);
        exercise(pool);
        pool.close(WAIT);
        assertEquals(RunspacePoolState.CLOSED, pool.state());
        assertTrue(Files.readString(dir.resolve("known_hosts")).contains("ssh-ed25519"), "sshd's ed25519 host key was negotiated");
    }

    @Test
    void theSessionCmdletsTalkToOpenSshsServer() throws Exception {
        int port = startSshd();
        List<Object> output = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        try (Runspace runspace = Runspace.open(OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            runspace.invokeScript("$s = New-PSSession -HostName 127.0.0.1 -Port " + port + " -Subsystem jposh -KeyFilePath '"
                    + dir.resolve("client_key") + "' -Options @{ StrictHostKeyChecking = 'accept-new'; UserKnownHostsFile = '"
                    + dir.resolve("known_hosts") + "' } -ConnectingTimeout 20000; $x = 20; "
                    + "Invoke-Command $s { param($a) $a * 2 + $using:x } -ArgumentList 11; "
                    + "Invoke-Command $s { $y = 'kept' }; Invoke-Command $s { $y }; $s.State; "
                    + "Remove-PSSession $s; $s.State", "<test>", null, output::add, errors::add);
        }
        assertEquals(List.of(), errors);
        assertEquals(List.of("42", "kept", "Opened", "Closed"), output.stream().map(String::valueOf).toList());
    }

    @Test
    void aSubsystemSshdDoesNotHaveIsExplained() throws Exception {
        int port = startSshd();
        RemotingException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(sshdTarget(port).withSubsystem("nushell"))));
        assertEquals("SSHSubsystemNotFound", e.errorId());
    }

    @Test
    void aSubsystemWithAWrongPathFailsTheOpenWithAHint() throws Exception {
        int port = startSshd();
        RemotingException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(RemotingException.class,
                () -> RemoteRunspacePool.open(SshClientConnector.connect(sshdTarget(port).withSubsystem("broken")),
                        ClientRunspacePool.Settings.defaults(), null, null, WAIT)));
        assertEquals("SSHAbruptlyTerminated", e.errorId());
        assertTrue(e.getMessage().endsWith("The remote process exited with status 127 (command not found: check the path on the"
                + " server's Subsystem line)."), e.getMessage());
    }

    @Test
    void aRemoteProcessThatDiesBreaksTheSession() throws Exception {
        int port = startSshd();
        RemoteRunspacePool pool = RemoteRunspacePool.open(SshClientConnector.connect(sshdTarget(port)),
                ClientRunspacePool.Settings.defaults(), null, null, WAIT);
        RemotePipeline p = pool.invoke(TestExecutor.command("Halt"), new Collector());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertEquals(PSInvocationState.FAILED, p.awaitCompletion(WAIT)));
        assertEquals(RunspacePoolState.BROKEN, pool.state());
        assertTrue(pool.reason().message().contains("exited with status 7"), pool.reason().message());
    }

    @Test
    void aKeySshdDoesNotKnowIsRefused() throws Exception {
        int port = startSshd();
        keygen("stranger_key");
        RemotingException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(sshdTarget(port).withKeyFile(dir.resolve("stranger_key")))));
        assertEquals("SSHAuthenticationFailed", e.errorId());
    }
}
