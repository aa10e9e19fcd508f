package org.jposh.remoting.psrp.clixml;

import java.util.ArrayList;
import java.util.List;

/**
 * A member set nested inside an object's extended members ({@code <MS N="name">...</MS>} within
 * {@code <MS>}); it appears as the value of a property named after the set.
 */
public record PsMemberSet(List<PsProperty> members) {
    public PsMemberSet() {
        this(new ArrayList<>());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsMemberSet s && PsValues.deepEquals(this, s);
    }

    @Override
    public int hashCode() {
        return members.size();
    }
}
