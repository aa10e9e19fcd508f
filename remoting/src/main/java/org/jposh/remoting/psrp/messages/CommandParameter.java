package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsValues;

/**
 * One argument of a command in CREATE_PIPELINE ({@code N}, {@code V}): a named parameter with its
 * value, a switch ({@code V} true), or a positional argument ({@code name} null). {@code $using:}
 * values travel as a parameter literally named {@code --%}.
 */
public record CommandParameter(String name, Object value) {

    PsObjectData toClixml() {
        return Fields.body().addExtended("N", name).addExtended("V", value);
    }

    static CommandParameter decode(Object item) {
        PsObjectData o = Fields.object(org.jposh.remoting.psrp.MessageType.CREATE_PIPELINE, item);
        return new CommandParameter(Fields.string(o, "N"), Fields.value(o, "V"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CommandParameter p && java.util.Objects.equals(name, p.name) && PsValues.deepEquals(value, p.value);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(name);
    }
}
