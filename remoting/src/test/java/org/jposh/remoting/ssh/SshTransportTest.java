package org.jposh.remoting.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jposh.remoting.TestExecutor;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.transport.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our Mina client against our embedded Mina server, over real SSH on 127.0.0.1. */
class SshTransportTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** A failure must be reported well within this. */
    private static final Duration FAST = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private PowerShellSshServer server;
    private final List<RemoteRunspacePool> pools = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        String publicKey = SshKeys.writeKeyPair(dir, "client_key");
        server = PowerShellSshServer.builder(TestExecutor.FACTORY)
                .hostKeyFile(dir.resolve("host_key"))
                .authorizedKeysFile(SshKeys.writeAuthorizedKeys(dir, publicKey))
                .passwords((user, password) -> user.equals("alice") && password.equals("secret"))
                .start();
    }

    @AfterEach
    void stopServer() throws Exception {
        for (RemoteRunspacePool p : pools) {
            p.close(Duration.ofSeconds(5));
        }
        server.close();
    }

    private SshConnectionInfo info() {
        return SshConnectionInfo.of("127.0.0.1").withPort(server.port()).withUserName("alice")
                .withOptions(Map.of("StrictHostKeyChecking", "accept-new", "UserKnownHostsFile", dir.resolve("known_hosts").toString()))
                .withConnectingTimeout(Duration.ofSeconds(10));
    }

    private RemoteRunspacePool open(SshConnectionInfo info) throws InterruptedException {
        RemoteRunspacePool pool = RemoteRunspacePool.open(SshClientConnector.connect(info), ClientRunspacePool.Settings.defaults(),
                null, null, WAIT);
        synchronized (pools) {
            pools.add(pool);
        }
        return pool;
    }

    @Test
    void aPasswordSessionRunsPipelinesAndCloses() throws Exception {
        RemoteRunspacePool pool = open(info().withPassword("secret".toCharArray()));
        assertEquals("Core", pool.applicationPrivateData().psVersionTable().get("PSEdition"));
        Collector c = new Collector();
        RemotePipeline p = pool.invokeWithInput(TestExecutor.command("Echo"), c);
        for (int i = 0; i < 1000; i++) {
            p.input(i);
        }
        p.endInput();
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(WAIT));
        assertEquals(1000, c.outputCount());
        assertEquals(999, c.output().get(999));
        pool.close(WAIT);
        assertEquals(RunspacePoolState.CLOSED, pool.state());
        assertTrue(Files.readString(dir.resolve("known_hosts")).contains("[127.0.0.1]:" + server.port()),
                "accept-new records the host key");
    }

    @Test
    void aKeySessionStreamsAHundredThousandObjectsAndStopsAnEndlessOne() throws Exception {
        RemoteRunspacePool pool = open(info().withKeyFile(dir.resolve("client_key")));
        Collector many = new Collector();
        RemotePipeline p = pool.invoke(TestExecutor.command("Emit", new CommandParameter("Count", 100_000)), many);
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(Duration.ofMinutes(3)));
        assertEquals(100_000, many.outputCount());
        assertEquals(99_999, many.output().get(99_999));

        Collector endless = new Collector();
        RemotePipeline loop = pool.invoke(TestExecutor.command("Loop"), endless);
        while (endless.outputCount() < 10) {
            Thread.sleep(5);
        }
        loop.stop();
        assertEquals(PSInvocationState.STOPPED, loop.awaitCompletion(WAIT));
    }

    @Test
    void twentySessionsAtOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int count = 500 + i;
                results.add(threads.submit(() -> {
                    RemoteRunspacePool pool = open(info().withPassword("secret".toCharArray()));
                    Collector c = new Collector();
                    RemotePipeline p = pool.invoke(TestExecutor.command("Emit", new CommandParameter("Count", count)), c);
                    assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(WAIT));
                    pool.close(WAIT);
                    assertEquals(RunspacePoolState.CLOSED, pool.state());
                    return c.outputCount();
                }));
            }
            for (int i = 0; i < 20; i++) {
                assertEquals(500 + i, results.get(i).get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The first logins of a fresh server, all by key and all at once: each must find the authorized keys,
     * also while another login is (re)reading the file.
     */
    @Test
    void twentyKeyLoginsAtOnceOnAFreshServer() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RunspacePoolState>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return open(info().withKeyFile(dir.resolve("client_key"))).state();
                }));
            }
            start.countDown();
            for (Future<RunspacePoolState> result : results) {
                assertEquals(RunspacePoolState.OPENED, result.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aWrongPasswordIsRefusedClearly() {
        RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(info().withPassword("wrong".toCharArray()))));
        assertEquals("SSHAuthenticationFailed", e.errorId());
        assertEquals("The SSH client session has ended with error message: alice@127.0.0.1: Permission denied (publickey,password).",
                e.getMessage());
    }

    @Test
    void anUnknownHostKeyIsRefusedUnlessAccepted() throws Exception {
        SshConnectionInfo strict = info().withPassword("secret".toCharArray())
                .withOptions(Map.of("UserKnownHostsFile", dir.resolve("known_hosts").toString()));
        RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(strict)));
        assertEquals("SSHHostKeyVerificationFailed", e.errorId());
        assertTrue(e.getMessage().endsWith("and you have requested strict checking. Host key verification failed."), e.getMessage());

        open(info().withPassword("secret".toCharArray())).close(WAIT);
        RemoteRunspacePool known = open(strict);
        assertEquals(RunspacePoolState.OPENED, known.state(), "a host recorded in known_hosts is accepted");
    }

    @Test
    void aChangedHostKeyIsRefused() throws Exception {
        open(info().withPassword("secret".toCharArray())).close(WAIT);
        Path otherKeys = Files.createDirectories(dir.resolve("other"));
        try (PowerShellSshServer impostor = PowerShellSshServer.builder(TestExecutor.FACTORY).hostKeyFile(otherKeys.resolve("host_key"))
                .passwords((user, password) -> true).start()) {
            // The impostor's port gets the real server's known_hosts entry.
            String known = Files.readString(dir.resolve("known_hosts"));
            Files.writeString(dir.resolve("known_hosts"), known.replace("[127.0.0.1]:" + server.port(), "[127.0.0.1]:" + impostor.port()));
            SshConnectionInfo target = info().withPort(impostor.port()).withPassword("x".toCharArray());
            RemotingException e = assertThrows(RemotingException.class, () -> SshClientConnector.connect(target));
            assertEquals("SSHHostKeyVerificationFailed", e.errorId());
            assertTrue(e.getMessage().contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), e.getMessage());
        }
    }

    @Test
    void aClosedPortIsReportedAtOnce() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        SshConnectionInfo target = info().withPort(port).withPassword("secret".toCharArray());
        RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(target)));
        assertEquals("The SSH client session has ended with error message: ssh: connect to host 127.0.0.1 port " + port
                + ": Connection refused", e.getMessage());
    }

    @Test
    void anUnknownHostNameIsReported() {
        SshConnectionInfo target = SshConnectionInfo.of("no-such-host.invalid").withPort(22).withUserName("alice")
                .withConnectingTimeout(Duration.ofSeconds(10));
        RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(target)));
        assertEquals("The SSH client session has ended with error message: ssh: Could not resolve hostname no-such-host.invalid:"
                + " Name or service not known", e.getMessage());
    }

    @Test
    void aMissingSubsystemIsExplained() {
        SshConnectionInfo target = info().withPassword("secret".toCharArray()).withSubsystem("nushell");
        RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(target)));
        assertEquals("SSHSubsystemNotFound", e.errorId());
        assertTrue(e.getMessage().startsWith("The SSH client session has ended with error message: subsystem request failed on channel"),
                e.getMessage());
        assertTrue(e.getMessage().contains("'Subsystem nushell /path/to/jposh -sshs -NoLogo'"), e.getMessage());
    }

    @Test
    void aStoppedServerBreaksTheSessionAtOnce() throws Exception {
        RemoteRunspacePool pool = open(info().withPassword("secret".toCharArray()));
        Collector c = new Collector();
        RemotePipeline p = pool.invoke(TestExecutor.command("Loop"), c);
        while (c.outputCount() == 0) {
            Thread.sleep(5);
        }
        server.close();
        assertTimeoutPreemptively(FAST, () -> assertEquals(PSInvocationState.FAILED, p.awaitCompletion(WAIT)));
        assertEquals(RunspacePoolState.BROKEN, pool.state());
        assertEquals("SSHAbruptlyTerminated", pool.reason().fullyQualifiedErrorId());
        assertTrue(pool.reason().message().startsWith(
                "The SSH transport process has abruptly terminated causing this remote session to break."), pool.reason().message());
    }

    @Test
    void theSshConfigDecidesHostNamePortAndUser() throws Exception {
        List<String> logins = new ArrayList<>();
        Path keys = Files.createDirectories(dir.resolve("config-server"));
        try (PowerShellSshServer configured = PowerShellSshServer.builder(TestExecutor.FACTORY).hostKeyFile(keys.resolve("host_key"))
                .passwords((user, password) -> {
                    synchronized (logins) {
                        logins.add(user);
                    }
                    return password.equals("secret");
                }).start()) {
            Path home = Files.createDirectories(dir.resolve("home"));
            Files.createDirectories(home.resolve(".ssh"));
            Files.writeString(home.resolve(".ssh/config"), "Host lab\n  HostName 127.0.0.1\n  Port " + configured.port() + "\n  User bob\n");
            // A JVM of its own: Mina reads ~/.ssh/config from user.home.
            Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), SshConfigProbe.class.getName(), "lab",
                    dir.resolve("config_known_hosts").toString()).redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes());
            assertEquals(0, probe.waitFor(), output);
            assertEquals("COMPLETED [via config]", output.strip());
            synchronized (logins) {
                assertEquals(List.of("bob"), logins);
            }
        }
    }

    @Test
    void unsupportedOptionsAreRefused() {
        RemotingException e = assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(info().withOptions(Map.of("ForwardAgent", "yes"))));
        assertEquals("SSHInvalidOption", e.errorId());
    }

    /** Another embedded server on loopback, the same logins; {@code forwarding} null refuses every forwarding. */
    private PowerShellSshServer jumpHost(String name, PowerShellSshServer.ForwardingCheck forwarding) throws Exception {
        Path keys = Files.createDirectories(dir.resolve(name));
        PowerShellSshServer.Builder builder = PowerShellSshServer.builder(TestExecutor.FACTORY).hostKeyFile(keys.resolve("host_key"))
                .authorizedKeysFile(dir.resolve("authorized_keys"))
                .passwords((user, password) -> user.equals("alice") && password.equals("secret"));
        return (forwarding == null ? builder : builder.allowTcpForwarding(forwarding)).start();
    }

    /** A forwarding check that allows everything and notes each destination. */
    private static PowerShellSshServer.ForwardingCheck recording(List<String> destinations) {
        return (host, port) -> {
            synchronized (destinations) {
                destinations.add(host + ":" + port);
            }
            return true;
        };
    }

    private SshConnectionInfo through(String proxyJump) {
        Map<String, String> options = new java.util.HashMap<>(info().options());
        options.put("ProxyJump", proxyJump);
        return info().withKeyFile(dir.resolve("client_key")).withOptions(options);
    }

    @Test
    void proxyJumpReachesTheTargetThroughTwoHopsInOrder() throws Exception {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        try (PowerShellSshServer hop1 = jumpHost("hop1", recording(first)); PowerShellSshServer hop2 = jumpHost("hop2", recording(second))) {
            RemoteRunspacePool one = open(through("alice@127.0.0.1:" + hop1.port()));
            Collector c = new Collector();
            assertEquals(PSInvocationState.COMPLETED, one.invoke(TestExecutor.command("Echo", new CommandParameter(null, "jumped")), c)
                    .awaitCompletion(WAIT));
            assertEquals(List.of("jumped"), c.output());
            synchronized (first) {
                assertEquals(List.of("127.0.0.1:" + server.port()), first);
                first.clear();
            }
            // ssh visits the hops in the order given: the first forwards to the second, the second to the target.
            RemoteRunspacePool two = open(through("alice@127.0.0.1:" + hop1.port() + ",alice@127.0.0.1:" + hop2.port()));
            assertEquals(RunspacePoolState.OPENED, two.state());
            synchronized (first) {
                assertEquals(List.of("127.0.0.1:" + hop2.port()), first);
            }
            synchronized (second) {
                assertEquals(List.of("127.0.0.1:" + server.port()), second);
            }
        }
    }

    @Test
    void ourServerRefusesForwardingUnlessAllowedAndTheClientSaysWhy() throws Exception {
        try (PowerShellSshServer closed = jumpHost("closed", null)) {
            SshConnectionInfo target = through("alice@127.0.0.1:" + closed.port()).withConnectingTimeout(Duration.ofSeconds(10));
            RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                    () -> SshClientConnector.connect(target)));
            assertEquals("SSHProxyJumpFailed", e.errorId());
            assertTrue(e.getMessage().matches("The SSH client session has ended with error message: channel \\d+: open failed: the jump host "
                    + "127\\.0\\.0\\.1(:| port )" + closed.port() + " refused to forward the connection to 127\\.0\\.0\\.1 port " + server.port()
                    + " \\(its SSH server does not allow TCP forwarding there, or cannot reach it\\)\\. stdio forwarding failed"), e.getMessage());
        }
    }

    @Test
    void aForwardingCheckDecidesTheDestinations() throws Exception {
        try (PowerShellSshServer picky = jumpHost("picky", (host, port) -> port != server.port())) {
            RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                    () -> SshClientConnector.connect(through("alice@127.0.0.1:" + picky.port()))));
            assertEquals("SSHProxyJumpFailed", e.errorId());
        }
    }

    @Test
    void anUnreachableJumpHostIsReportedAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RemotingException e = assertTimeoutPreemptively(FAST, () -> assertThrows(RemotingException.class,
                () -> SshClientConnector.connect(through("alice@127.0.0.1:" + closedPort))));
        assertEquals("SSHProxyJumpFailed", e.errorId());
        assertTrue(e.getMessage().endsWith("Connection refused (through ProxyJump alice@127.0.0.1:" + closedPort + ")"), e.getMessage());
    }

    @Test
    void theSshConfigsProxyJumpIsFollowed() throws Exception {
        List<String> forwarded = new ArrayList<>();
        try (PowerShellSshServer jump = jumpHost("config-jump", recording(forwarded))) {
            Path home = Files.createDirectories(dir.resolve("jump-home"));
            Files.createDirectories(home.resolve(".ssh"));
            Files.writeString(home.resolve(".ssh/config"), "Host bastion\n  HostName 127.0.0.1\n  Port " + jump.port() + "\n  User alice\n"
                    + "Host inside\n  HostName 127.0.0.1\n  Port " + server.port() + "\n  User alice\n  ProxyJump bastion\n");
            Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), SshConfigProbe.class.getName(), "inside",
                    dir.resolve("jump_known_hosts").toString()).redirectErrorStream(true).start();
            String output = new String(probe.getInputStream().readAllBytes());
            assertEquals(0, probe.waitFor(), output);
            assertEquals("COMPLETED [via config]", output.strip());
            synchronized (forwarded) {
                assertEquals(List.of("127.0.0.1:" + server.port()), forwarded);
            }
        }
    }
}
