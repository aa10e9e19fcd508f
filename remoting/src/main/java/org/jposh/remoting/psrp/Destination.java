package org.jposh.remoting.psrp;

/** Who a PSRP message is for (the header's first field, little-endian). */
public enum Destination {
    CLIENT(0x1),
    SERVER(0x2);

    private final int code;

    Destination(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Destination fromCode(int code) {
        for (Destination d : values()) {
            if (d.code == code) {
                return d;
            }
        }
        throw new PsrpException("InvalidDestination",
                "The remoting message has an unknown destination 0x" + Integer.toHexString(code) + ".");
    }
}
