package org.jposh.stdlib.utility;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSMemberTypes;

/**
 * Microsoft.PowerShell.Commands.MemberDefinition, what Get-Member writes per member: the type name it
 * was found on, the member's name, kind and definition (its string is the definition).
 */
public final class MemberDefinition {
    static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "MemberDefinition",
            MemberDefinition.class, b -> b.property("TypeName", CoreTypes.STRING, m -> ((MemberDefinition) m).typeName)
                    .property("Name", CoreTypes.STRING, m -> ((MemberDefinition) m).name)
                    .property("MemberType", CoreTypes.OBJECT, m -> ((MemberDefinition) m).memberType)
                    .property("Definition", CoreTypes.STRING, m -> ((MemberDefinition) m).definition));

    static {
        CoreTypes.register(TYPE);
    }

    private final String typeName;
    private final String name;
    private final PSMemberTypes memberType;
    private final String definition;

    MemberDefinition(String typeName, String name, PSMemberTypes memberType, String definition) {
        this.typeName = typeName;
        this.name = name;
        this.memberType = memberType;
        this.definition = definition;
    }

    String name() {
        return name;
    }

    PSMemberTypes memberType() {
        return memberType;
    }

    @Override
    public String toString() {
        return definition;
    }
}
