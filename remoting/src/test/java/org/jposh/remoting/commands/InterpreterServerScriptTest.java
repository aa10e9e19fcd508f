package org.jposh.remoting.commands;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the session cmdlets' end-to-end tests share: the embedded SSH server on loopback running the
 * interpreter (one per test class, key authentication, a known_hosts file of the test's own), and a
 * local runspace per test (see {@link LocalScriptTest}) in which the test runs its scripts.
 */
abstract class InterpreterServerScriptTest extends LocalScriptTest {
    @TempDir
    static Path dir;

    static InterpreterSshServer server;
    /** The parameters that reach the server: {@code -Port n -KeyFilePath ...}. */
    static String connect;

    @BeforeAll
    static void startServer() throws Exception {
        server = new InterpreterSshServer(dir);
        connect = server.connectParameters();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    protected String cleanUp() {
        return "Get-PSSession | Remove-PSSession";
    }
}
