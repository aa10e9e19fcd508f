package org.jposh.remoting.client;

import java.util.List;
import org.jposh.remoting.psrp.messages.HostMethodId;

/**
 * The client's host as the server's pipelines use it (Read-Host, Write-Host, prompts): the server
 * sends host calls, the client runs them here and answers. Calls run on a thread of their own, so a
 * host may block (waiting for the user) without holding up the session.
 */
public interface ClientHost {
    /**
     * Runs a host method; the parameters and the result are CLIXML model values. A method that
     * returns nothing returns null. An exception is sent back to the server as the method's error.
     */
    Object invoke(HostMethodId method, List<Object> parameters) throws Exception;
}
