package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.PoshNode;

/** Whether a switch clause matches the current element, which is in {@code $_}. */
public abstract class SwitchTestNode extends PoshNode {
    abstract boolean executeTest(VirtualFrame frame);
}
