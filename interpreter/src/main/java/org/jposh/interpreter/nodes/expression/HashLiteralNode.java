package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.AbstractDictionary;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * {@code @{ key = value }} (a case-insensitive Hashtable) and {@code [ordered]@{ }} (an OrderedDictionary).
 * Entries are evaluated in order; a value is its statement's value as assignment sees it. The parser
 * rejects duplicate constant keys; keys that only turn out equal when evaluated are refused here.
 */
public final class HashLiteralNode extends ExpressionNode {
    @Children private final ExpressionNode[] keys;
    @Children private final StatementNode[] values;
    private final boolean ordered;

    public HashLiteralNode(ExpressionNode[] keys, StatementNode[] values, boolean ordered) {
        this.keys = keys;
        this.values = values;
        this.ordered = ordered;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        AbstractDictionary dictionary = ordered ? new OrderedDictionary(true) : new Hashtable(true);
        for (int i = 0; i < keys.length; i++) {
            Object key = keys[i].executeGeneric(frame);
            addEntry(dictionary, key, values[i].executeValue(frame));
        }
        return dictionary;
    }

    @TruffleBoundary
    private static void addEntry(AbstractDictionary dictionary, Object key, Object value) {
        if (key != null && dictionary.containsKey(key)) {
            throw new PSRuntimeException("DuplicateKeyInHashLiteral", ErrorCategory.InvalidOperation,
                    "Duplicate keys '" + LanguagePrimitives.toStringValue(key) + "' are not allowed in hash literals.");
        }
        dictionary.put(key, value);
    }
}
