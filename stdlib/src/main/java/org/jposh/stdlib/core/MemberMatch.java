package org.jposh.stdlib.core;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.WildcardPattern;

/** The members a name given to ForEach-Object or Where-Object stands for (pwsh's Members[name] and Members.Match). */
final class MemberMatch {
    private MemberMatch() {
    }

    /** The member of that name, or with wildcards every member whose name matches; empty when none. */
    static List<PSMemberInfo> find(PSObject target, String name) {
        List<PSMemberInfo> result = new ArrayList<>();
        if (!WildcardPattern.containsWildcardCharacters(name)) {
            PSMemberInfo member = target.extendedMember(name);
            if (member == null) {
                member = target.property(name);
            }
            if (member == null) {
                member = target.method(name);
            }
            if (member != null) {
                result.add(member);
            }
            return result;
        }
        WildcardPattern pattern = new WildcardPattern(name, WildcardPattern.IGNORE_CASE);
        for (PSMemberInfo member : target.members()) {
            if (pattern.isMatch(member.name())) {
                result.add(member);
            }
        }
        return result;
    }

    /** The names as pwsh lists possible matches: each after a space. */
    static String names(List<PSMemberInfo> members) {
        StringBuilder sb = new StringBuilder();
        for (PSMemberInfo member : members) {
            sb.append(' ').append(member.name());
        }
        return sb.toString();
    }
}
