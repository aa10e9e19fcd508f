package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** The session cmdlets honour the host's network policy, as the file cmdlets honour its IO policy. */
class NetworkPolicyTest {

    @Test
    void aSandboxWithoutNetworkAccessCannotOpenSessions() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context sandbox = Context.newBuilder("posh").err(err).build()) {
            assertEquals("after", sandbox.eval("posh", "New-PSSession -HostName localhost -Port 1; 'after'").asString());
        }
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("NetworkAccessDenied"), errors);
        assertTrue(errors.contains("the host does not allow network access"), errors);
    }
}
