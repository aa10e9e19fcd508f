package org.jposh.remoting.server;

import java.util.Iterator;
import java.util.List;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;

/**
 * A running pipeline as its {@link PipelineExecutor} sees it: the input the client sends, the
 * streams that go back to the client, and the client's host. Every method throws
 * {@link PipelineStoppedException} once the client has stopped the pipeline. Values are CLIXML
 * model values ({@code org.jposh.remoting.psrp.clixml}); objects written here reach the client in
 * the order written.
 */
public interface PipelineContext {
    /**
     * The input objects, in the order the client sent them. {@code hasNext()} blocks until an object
     * arrives or the client ends the input; a pipeline created without input has none.
     */
    Iterator<Object> input();

    void writeOutput(Object value);

    void writeError(ErrorRecordData record);

    void writeWarning(String message);

    void writeVerbose(String message);

    void writeDebug(String message);

    void writeProgress(ProgressRecordMessage record);

    void writeInformation(InformationRecordMessage record);

    /** The client's host as the pipeline uses it (the pool's when the pipeline has none of its own). */
    HostInfo hostInfo();

    /**
     * Runs a host method that returns a value on the client and waits for the answer. A method the
     * client's host failed is thrown as {@link org.jposh.remoting.protocol.RemotingException}.
     */
    Object hostCall(HostMethodId method, List<Object> parameters);

    /**
     * The characters of a SecureString the client sent (in a host response), decrypted with the
     * session key the client exchanged before encrypting it; the caller clears them after use.
     */
    char[] decrypt(PsSecureString secure);

    /**
     * A SecureString's characters encrypted with the session key, to send in an object. When the client
     * has not exchanged the key yet, the server asks it to (PUBLIC_KEY_REQUEST) and waits, as pwsh's
     * server does for protocol 2.2 and later.
     */
    PsSecureString encrypt(char[] chars);

    /** Runs a host method that returns nothing on the client (Write-Host's WriteLine...), without waiting. */
    void hostCallVoid(HostMethodId method, List<Object> parameters);

    /** Whether the client has asked to stop the pipeline (for executors that poll rather than write). */
    boolean isStopping();
}
