package org.jposh.remoting.protocol;

import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.RunspacePoolState;

/** What a client runspace pool reports. Called by the thread that feeds the state machine, under its lock. */
public interface RunspacePoolListener {
    /** The pool entered {@code state}; {@code reason} explains Broken (and a Closed the server chose), else null. */
    void stateChanged(RunspacePoolState state, ErrorRecordData reason);

    /** The server asks the pool's host to run a method (RUNSPACEPOOL_HOST_CALL). */
    default void hostCall(HostCall call) {
    }

    /** The server's session key has arrived: SecureStrings can be encrypted and decrypted. */
    default void sessionKeyReady() {
    }
}
