package org.jposh.remoting.psrp.clixml;

/** One named property of a {@link PsObjectData}; the value is any CLIXML value (see {@link ClixmlReader}). */
public record PsProperty(String name, Object value) {
    public PsProperty {
        if (name == null) {
            throw new IllegalArgumentException("A property needs a name");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsProperty p && name.equals(p.name) && PsValues.deepEquals(value, p.value);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
