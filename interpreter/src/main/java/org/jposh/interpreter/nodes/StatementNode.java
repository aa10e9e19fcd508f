package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.InteropValues;
import org.jposh.interpreter.runtime.Pipe;

/**
 * A statement: it writes whatever it outputs to the pipe it is given. Statements are instrumentable
 * with the statement tag, which is what a host's {@code ResourceLimits.statementLimit} counts (and
 * what debuggers and profilers step by).
 */
@GenerateWrapper
public abstract class StatementNode extends PoshNode implements InstrumentableNode {

    public abstract void execute(VirtualFrame frame, Pipe output);

    /**
     * The statement's output as a value, as assignment sees it: nothing is AutomationNull (a $null that is also an
     * empty collection: {@code $a += Get-Nothing} adds nothing), one object is itself, several are an array.
     * Expression statements override this to skip the collecting.
     */
    public Object executeValue(VirtualFrame frame) {
        CollectingPipe pipe = new CollectingPipe();
        execute(frame, pipe);
        return pipe.resultAsIs();
    }

    /** What instruments see of a statement's value (executeValue's): an interop value. */
    @GenerateWrapper.OutgoingConverter
    Object convertOutgoing(Object value) {
        return InteropValues.export(value);
    }

    @Override
    public boolean isInstrumentable() {
        return getSourceSection() != null;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.StatementTag.class;
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        StatementNodeWrapper wrapper = new StatementNodeWrapper(this, probe);
        wrapper.setExtent(extent()); // errors are reported at the extent of the statement in the tree
        return wrapper;
    }
}
