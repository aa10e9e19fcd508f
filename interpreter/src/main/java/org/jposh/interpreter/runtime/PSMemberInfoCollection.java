package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * {@code $o.psobject.Properties}, {@code .Methods} and {@code .Members}: a live view of one kind of the
 * object's members, indexed by name ({@code ['a']}), changed with Add and Remove, searched with Match.
 */
public record PSMemberInfoCollection(PSObject owner, Kind kind) implements Iterable<BoundMember> {
    /** Which members the collection shows. */
    public enum Kind { PROPERTIES, METHODS, MEMBERS }

    private List<? extends PSMemberInfo> members() {
        return switch (kind) {
            case PROPERTIES -> owner.properties();
            case METHODS -> owner.members().stream()
                    .filter(m -> m instanceof PSMethodInfo && !(m instanceof PSParameterizedProperty)).toList();
            case MEMBERS -> owner.members();
        };
    }

    @Override
    public Iterator<BoundMember> iterator() {
        return members().stream().map(m -> new BoundMember(m, owner)).iterator();
    }

    /** The member of that name, or null. */
    BoundMember get(String name) {
        for (PSMemberInfo m : members()) {
            if (m.name().equalsIgnoreCase(name)) {
                return new BoundMember(m, owner);
            }
        }
        return null;
    }

    /** The members whose names match the wildcard pattern, case-insensitively. */
    Object[] match(String pattern) {
        WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
        List<Object> result = new ArrayList<>();
        for (BoundMember m : this) {
            if (wildcard.isMatch(m.member().name())) {
                result.add(m);
            }
        }
        return result.toArray();
    }

    /**
     * Adds a member to the object: a note property taken from another object is copied, as pwsh copies it.
     *
     * @throws DotNetException ExtendedTypeSystemException when the object has a member of that name
     */
    void add(Object member) {
        Object value = PSObject.base(member);
        PSMemberInfo info = value instanceof BoundMember bound ? bound.member() : (PSMemberInfo) value;
        if (info instanceof PSNoteProperty note && value instanceof BoundMember) {
            info = new PSNoteProperty(note.name(), note.value());
        }
        try {
            owner.addMember(info);
        } catch (PSRuntimeException e) {
            throw new DotNetException("System.Management.Automation.ExtendedTypeSystemException", e.getMessage());
        }
    }

    void remove(String name) {
        owner.removeMember(name);
    }
}
