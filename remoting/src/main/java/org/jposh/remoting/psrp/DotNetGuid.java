package org.jposh.remoting.psrp;

import java.util.UUID;

/**
 * GUIDs in .NET's binary layout (Guid.ToByteArray): the first three groups little-endian, the last
 * eight bytes as written. Java's UUID is big-endian throughout, so
 * {@code 00112233-4455-6677-8899-aabbccddeeff} is the bytes {@code 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff}.
 */
public final class DotNetGuid {
    /** The size of a GUID in bytes. */
    public static final int SIZE = 16;

    private DotNetGuid() {
    }

    public static byte[] toBytes(UUID guid) {
        byte[] b = new byte[SIZE];
        write(guid, b, 0);
        return b;
    }

    public static void write(UUID guid, byte[] to, int offset) {
        long hi = guid.getMostSignificantBits();
        long lo = guid.getLeastSignificantBits();
        int data1 = (int) (hi >>> 32);
        to[offset] = (byte) data1;
        to[offset + 1] = (byte) (data1 >>> 8);
        to[offset + 2] = (byte) (data1 >>> 16);
        to[offset + 3] = (byte) (data1 >>> 24);
        to[offset + 4] = (byte) (hi >>> 16);
        to[offset + 5] = (byte) (hi >>> 24);
        to[offset + 6] = (byte) hi;
        to[offset + 7] = (byte) (hi >>> 8);
        for (int i = 0; i < 8; i++) {
            to[offset + 8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
    }

    public static UUID read(byte[] from, int offset) {
        if (offset < 0 || from.length - offset < SIZE) {
            throw new IllegalArgumentException("A GUID needs 16 bytes");
        }
        long data1 = (from[offset] & 0xFFL) | (from[offset + 1] & 0xFFL) << 8
                | (from[offset + 2] & 0xFFL) << 16 | (from[offset + 3] & 0xFFL) << 24;
        long data2 = (from[offset + 4] & 0xFFL) | (from[offset + 5] & 0xFFL) << 8;
        long data3 = (from[offset + 6] & 0xFFL) | (from[offset + 7] & 0xFFL) << 8;
        long hi = data1 << 32 | data2 << 16 | data3;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            lo = lo << 8 | (from[offset + 8 + i] & 0xFFL);
        }
        return new UUID(hi, lo);
    }
}
