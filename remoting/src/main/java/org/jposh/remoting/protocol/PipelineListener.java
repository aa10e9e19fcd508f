package org.jposh.remoting.protocol;

import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;

/**
 * What a client pipeline reports, stream by stream, in the order the server sent it. Called by the
 * thread that feeds the state machine, under its lock: implementations hand the data on and return.
 */
public interface PipelineListener {
    default void output(Object value) {
    }

    default void error(ErrorRecordData record) {
    }

    default void warning(InformationalRecordMessage record) {
    }

    default void verbose(InformationalRecordMessage record) {
    }

    default void debug(InformationalRecordMessage record) {
    }

    default void progress(ProgressRecordMessage record) {
    }

    default void information(InformationRecordMessage record) {
    }

    /** The server asks the client's host to run a method; answer with {@link ClientPipeline#respond}. */
    default void hostCall(HostCall call) {
    }

    /** The pipeline entered {@code state}; {@code reason} explains Stopped and Failed. */
    void stateChanged(PSInvocationState state, ErrorRecordData reason);
}
