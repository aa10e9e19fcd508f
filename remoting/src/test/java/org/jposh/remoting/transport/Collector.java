package org.jposh.remoting.transport;

import java.util.ArrayList;
import java.util.List;
import org.jposh.remoting.protocol.PipelineListener;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.HostCall;
import org.jposh.remoting.psrp.messages.InformationRecordMessage;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.ProgressRecordMessage;

/** Records what a remote pipeline reports, thread-safely. */
public final class Collector implements PipelineListener {
    private final List<Object> output = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    public synchronized List<Object> output() {
        return new ArrayList<>(output);
    }

    public synchronized int outputCount() {
        return output.size();
    }

    public synchronized List<String> events() {
        return new ArrayList<>(events);
    }

    @Override
    public synchronized void output(Object value) {
        output.add(value);
    }

    @Override
    public synchronized void error(ErrorRecordData record) {
        events.add("error " + record.message());
    }

    @Override
    public synchronized void warning(InformationalRecordMessage record) {
        events.add("warning " + record.message());
    }

    @Override
    public synchronized void verbose(InformationalRecordMessage record) {
        events.add("verbose " + record.message());
    }

    @Override
    public synchronized void debug(InformationalRecordMessage record) {
        events.add("debug " + record.message());
    }

    @Override
    public synchronized void progress(ProgressRecordMessage record) {
        events.add("progress " + record.activity() + " " + record.percentComplete());
    }

    @Override
    public synchronized void information(InformationRecordMessage record) {
        events.add("information " + record.messageData());
    }

    @Override
    public synchronized void hostCall(HostCall call) {
        events.add("host " + call.method().dotNetName());
    }

    @Override
    public synchronized void stateChanged(PSInvocationState state, ErrorRecordData reason) {
        events.add("state " + state.dotNetName());
    }
}
