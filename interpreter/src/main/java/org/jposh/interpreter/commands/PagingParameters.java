package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSScriptMethod;
import org.jposh.interpreter.runtime.UInt64;

/**
 * -IncludeTotalCount, -Skip and -First, which commands declaring {@code supportsPaging} take after the common
 * parameters (pwsh's PagingParameters). -Skip is 0 and -First UInt64.MaxValue unless given.
 */
public final class PagingParameters {
    @Parameter
    private boolean includeTotalCount;

    @Parameter
    private UInt64 skip = UInt64.valueOf(0);

    @Parameter
    private UInt64 first = UInt64.valueOf(-1L);

    /** Made by the binder, which sets the fields. */
    PagingParameters() {
    }

    public boolean includeTotalCount() {
        return includeTotalCount;
    }

    /** The objects to skip, as an unsigned long's bits. */
    public long skip() {
        return skip.longValue();
    }

    /** The objects to write at most, as an unsigned long's bits (-1 when not given). */
    public long first() {
        return first.longValue();
    }

    /**
     * What a command writes first with -IncludeTotalCount (pwsh's NewTotalCount): the count, whose string says how
     * far to trust it by its Accuracy, from 0 (unknown) to 1 (exact).
     */
    public PSObject newTotalCount(long totalCount, double accuracy) {
        PSObject result = new PSObject(UInt64.valueOf(totalCount));
        result.addMember(new PSScriptMethod("ToString", (self, under, args) -> {
            double given = ((Number) result.property("Accuracy").getValue(result)).doubleValue();
            String count = Long.toUnsignedString(totalCount);
            return given >= 1.0 ? "Total count: " + count
                    : given <= 0.0 ? "Unknown total count" : "Estimated total count: " + count;
        }));
        result.addMember(new PSNoteProperty("Accuracy", Math.max(0.0, Math.min(1.0, accuracy))));
        return result;
    }
}
