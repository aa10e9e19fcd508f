package org.jposh.interpreter.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The instance members of an object, as pwsh's PSMemberInfoInternalCollection: in the order they were added,
 * found by name ignoring case. Most objects have a few (a {@code [pscustomobject]} made by a script, a row of
 * Import-Csv), so the members are an array searched in order, with no key strings of their own: as a map of
 * lower-cased names a {@code [pscustomobject]} of two properties took 440 bytes, which a million such objects
 * kept alive make the collector copy again and again. Past {@value #INDEXED} members a map of lower-cased
 * names finds them.
 */
final class PSMemberInfoInternalCollection {
    private static final int INDEXED = 8;

    private PSMemberInfo[] members = new PSMemberInfo[4];
    private int count;
    private HashMap<String, PSMemberInfo> index;

    /** The member of that name, or null. */
    PSMemberInfo get(String name) {
        if (index != null) {
            return index.get(key(name));
        }
        int i = indexOf(name);
        return i < 0 ? null : members[i];
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Adds a member at the end, or puts it in the place of the member of the same name. */
    void put(PSMemberInfo member) {
        int i = indexOf(member.name());
        if (i >= 0) {
            members[i] = member;
        } else {
            if (count == members.length) {
                members = Arrays.copyOf(members, count * 2);
            }
            members[count++] = member;
            if (index == null && count > INDEXED) {
                index = new HashMap<>();
                for (int j = 0; j < count - 1; j++) {
                    index.put(key(members[j].name()), members[j]);
                }
            }
        }
        if (index != null) {
            index.put(key(member.name()), member);
        }
    }

    /** Removes the member of that name; returns it, or null when there was none. */
    PSMemberInfo remove(String name) {
        int i = indexOf(name);
        if (i < 0) {
            return null;
        }
        PSMemberInfo removed = members[i];
        System.arraycopy(members, i + 1, members, i, count - i - 1);
        members[--count] = null;
        if (index != null) {
            index.remove(key(name));
        }
        return removed;
    }

    /** The members in order, as they are now: adding or removing one later does not change the list. */
    List<PSMemberInfo> values() {
        return List.of(Arrays.copyOf(members, count));
    }

    private int indexOf(String name) {
        if (index != null && !index.containsKey(key(name))) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            if (members[i].name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
