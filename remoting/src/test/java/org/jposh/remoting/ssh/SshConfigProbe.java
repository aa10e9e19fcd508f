package org.jposh.remoting.ssh;

import java.time.Duration;
import java.util.Map;
import org.jposh.remoting.TestExecutor;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.transport.Collector;

/**
 * Run in a JVM of its own whose {@code user.home} holds a test {@code .ssh/config}: connects to the
 * host alias given, with neither port nor user, so that only the config can say where and as whom,
 * and prints what the server echoes.
 */
public final class SshConfigProbe {
    private SshConfigProbe() {
    }

    public static void main(String[] args) throws Exception {
        SshConnectionInfo info = SshConnectionInfo.of(args[0]).withPassword("secret".toCharArray())
                .withOptions(Map.of("StrictHostKeyChecking", "accept-new", "UserKnownHostsFile", args[1]));
        RemoteRunspacePool pool = RemoteRunspacePool.open(SshClientConnector.connect(info), ClientRunspacePool.Settings.defaults(),
                null, null, Duration.ofSeconds(30));
        Collector c = new Collector();
        PSInvocationState state = pool.invoke(TestExecutor.command("Echo", new CommandParameter(null, "via config")), c)
                .awaitCompletion(Duration.ofSeconds(30));
        pool.close();
        System.out.println(state + " " + c.output());
    }
}
