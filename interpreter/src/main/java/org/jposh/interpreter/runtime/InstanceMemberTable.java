package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instance members of values that are not PSObjects themselves, kept by the value's identity (pwsh's
 * instance-members resurrection table, a ConditionalWeakTable keyed by the base object): after
 * {@code Add-Member -InputObject $sb ...} or {@code $sb.psobject.Properties.Add(...)}, every later PSObject
 * over the same {@code $sb} has those members, and {@code $sb.Tag} reads them. The table holds its keys
 * weakly, so it keeps no value alive (a member's value that refers back to its own object does, as Java
 * has no ephemerons).
 *
 * <p>As in pwsh, strings keep their members in the PSObject wrapping them (they are lost with it); JPosh
 * also keeps those of .NET value types there, as its boxed values have no identity a script could rely on.
 * Until a member is first added here, {@link #UNUSED} holds, and member access pays nothing for the table.
 */
public final class InstanceMemberTable {
    /** Valid while no value has had a member added through the table. */
    public static final Assumption UNUSED = Truffle.getRuntime().createAssumption("no instance members on base objects");

    /** Read without a lock, as member access asks it once members exist; written under the class's lock. */
    private static final Map<IdentityKey, PSMemberInfoInternalCollection> TABLE = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();

    private InstanceMemberTable() {
    }

    /** Whether members of a PSObject over this base object are kept in the table rather than in the PSObject. */
    static boolean keepsMembersOf(Object base) {
        return !(base instanceof String || base instanceof PSCustomObject || base instanceof Number
                || base instanceof Boolean || base instanceof Character || base instanceof DotNetType
                || DotNetType.of(base) == null || DotNetType.of(base).isValueType());
    }

    /** The members kept for a base object: null when it has none and {@code create} is false. */
    @TruffleBoundary
    static PSMemberInfoInternalCollection membersOf(Object base, boolean create) {
        PSMemberInfoInternalCollection members = TABLE.get(new IdentityKey(base, null));
        return members != null || !create ? members : add(base);
    }

    private static synchronized PSMemberInfoInternalCollection add(Object base) {
        PSMemberInfoInternalCollection members = TABLE.get(new IdentityKey(base, null));
        if (members == null) {
            expungeCollected();
            members = new PSMemberInfoInternalCollection();
            TABLE.put(new IdentityKey(base, COLLECTED), members);
            UNUSED.invalidate();
        }
        return members;
    }

    /** Whether a value that is not a PSObject has members of its own (the general member-access path then applies). */
    public static boolean hasMembers(Object value) {
        if (UNUSED.isValid() || value instanceof PSObject) {
            return false;
        }
        return lookUp(value);
    }

    @TruffleBoundary
    private static boolean lookUp(Object value) {
        if (value == null || !keepsMembersOf(value)) {
            return false;
        }
        PSMemberInfoInternalCollection members = membersOf(value, false);
        return members != null && !members.isEmpty();
    }

    private static void expungeCollected() {
        for (Object key; (key = COLLECTED.poll()) != null; ) {
            TABLE.remove(key);
        }
    }

    /** A weak reference compared by its referent's identity; a cleared one equals only itself. */
    private static final class IdentityKey extends WeakReference<Object> {
        private final int hash;

        IdentityKey(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object referent = get();
            return other instanceof IdentityKey key && referent != null && referent == key.get();
        }
    }
}
