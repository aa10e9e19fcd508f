package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;
import org.jposh.grammar.ast.Extent;

/** The base of every node: it knows the script extent it came from, for errors and tools. */
public abstract class PoshNode extends Node {
    private Extent extent;

    public final Extent extent() {
        return extent;
    }

    public final void setExtent(Extent extent) {
        this.extent = extent;
    }

    @Override
    public SourceSection getSourceSection() {
        if (extent == null || !(getRootNode() instanceof ScriptBlockRootNode root)) {
            return null;
        }
        return root.getSource().createSection(extent.startOffset(), extent.endOffset() - extent.startOffset());
    }
}
