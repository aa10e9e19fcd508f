package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.BYTE;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * System.Net.IPAddress ({@code [ipaddress]}): Parse and TryParse of IPv4 and IPv6 literals (never a name
 * lookup), Any, Loopback, IPv6Loopback, Broadcast, None, AddressFamily, GetAddressBytes, IsLoopback, IsIPv6*,
 * MapToIPv4/MapToIPv6, ToString in .NET's forms (IPv6 compressed).
 */
public final class IPAddress implements DotNetTyped {
    static final DotNetType ADDRESS_FAMILY = CoreTypes.defineEnum("System.Net.Sockets", "AddressFamily", false,
            new String[] {"Unspecified", "InterNetwork", "InterNetworkV6"}, new long[] {0, 2, 23});
    public static final DotNetType TYPE = CoreTypes.define("System.Net", "IPAddress", IPAddress.class,
            IPAddress::defineMembers);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%\\w+)?]?");

    static {
        CoreTypes.register(TYPE, "ipaddress");
    }

    private final InetAddress address;

    private IPAddress(InetAddress address) {
        this.address = address;
    }

    private static IPAddress of(byte... bytes) {
        try {
            return new IPAddress(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw DotNetException.argument("An invalid IP address was specified.", "address");
        }
    }

    /** IPAddress.Parse: a literal only; .NET's FormatException for anything else (no DNS lookup is made). */
    static IPAddress parse(String text) {
        if (text == null) {
            throw DotNetException.argumentNull("ipString");
        }
        String s = text.strip();
        boolean v4 = IPV4.matcher(s).matches();
        if (v4 || IPV6.matcher(s).matches()) {
            try {
                if (!v4 || s.chars().filter(c -> c == '.').count() == 3 && validOctets(s)) {
                    return new IPAddress(InetAddress.getByName(s.startsWith("[") ? s.substring(1, s.length() - 1) : s));
                }
            } catch (UnknownHostException | IllegalArgumentException e) {
                // not a literal after all: the FormatException below
            }
        }
        throw DotNetException.format("An invalid IP address was specified.");
    }

    private static boolean validOctets(String s) {
        for (String part : s.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> of(ByteArrays.argument(a[0], "address")), param("address", BYTE.arrayType()));
        b.staticMethod("Parse", TYPE, (t, a) -> parse((String) a[0]), param("ipString", STRING));
        b.staticMethod("TryParse", BOOLEAN, (t, a) -> {
            PSReference result = (PSReference) a[1];
            try {
                result.setValue(parse((String) a[0]));
                return true;
            } catch (DotNetException e) {
                result.setValue(null);
                return false;
            }
        }, param("ipString", STRING), param("address", PS_REFERENCE));
        b.staticMethod("IsLoopback", BOOLEAN, (t, a) -> ((IPAddress) a[0]).address.isLoopbackAddress(),
                param("address", TYPE));
        b.staticField("Any", TYPE, () -> of(new byte[4]));
        b.staticField("Loopback", TYPE, () -> of((byte) 127, (byte) 0, (byte) 0, (byte) 1));
        b.staticField("Broadcast", TYPE, () -> of((byte) 255, (byte) 255, (byte) 255, (byte) 255));
        b.staticField("None", TYPE, () -> of((byte) 255, (byte) 255, (byte) 255, (byte) 255));
        b.staticField("IPv6Any", TYPE, () -> of(new byte[16]));
        b.staticField("IPv6Loopback", TYPE, () -> {
            byte[] bytes = new byte[16];
            bytes[15] = 1;
            return of(bytes);
        });
        b.property("AddressFamily", ADDRESS_FAMILY, a -> new EnumValue(ADDRESS_FAMILY,
                ((IPAddress) a).address instanceof Inet6Address ? 23 : 2));
        b.property("IsIPv6LinkLocal", BOOLEAN, a -> ((IPAddress) a).address instanceof Inet6Address
                && ((IPAddress) a).address.isLinkLocalAddress());
        b.property("IsIPv6Multicast", BOOLEAN, a -> ((IPAddress) a).address instanceof Inet6Address
                && ((IPAddress) a).address.isMulticastAddress());
        b.property("IsIPv4MappedToIPv6", BOOLEAN, a -> false);
        b.method("GetAddressBytes", BYTE.arrayType(), (t, a) -> ByteArrays.box(((IPAddress) t).address.getAddress()));
        b.method("MapToIPv6", TYPE, (t, a) -> ((IPAddress) t).mapToIPv6());
        b.method("MapToIPv4", TYPE, (t, a) -> ((IPAddress) t).mapToIPv4());
    }

    private IPAddress mapToIPv6() {
        if (address instanceof Inet6Address) {
            return this;
        }
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xFF;
        bytes[11] = (byte) 0xFF;
        System.arraycopy(address.getAddress(), 0, bytes, 12, 4);
        try {
            // Java folds an IPv4-mapped address back to IPv4; .NET keeps it IPv6 (::ffff:a.b.c.d)
            return new IPAddress(Inet6Address.getByAddress(null, bytes, (NetworkInterface) null));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private IPAddress mapToIPv4() {
        if (address instanceof Inet4Address) {
            return this;
        }
        byte[] bytes = address.getAddress();
        return of(bytes[12], bytes[13], bytes[14], bytes[15]);
    }

    /** .NET's forms: a.b.c.d, and IPv6 with the longest run of zero groups as ::, in lower case. */
    @Override
    public String toString() {
        if (address instanceof Inet4Address) {
            return address.getHostAddress();
        }
        byte[] b = address.getAddress();
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((b[2 * i] & 0xFF) << 8) | (b[2 * i + 1] & 0xFF);
        }
        if (groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 && groups[4] == 0
                && groups[5] == 0xFFFF) {
            return "::ffff:" + (b[12] & 0xFF) + "." + (b[13] & 0xFF) + "." + (b[14] & 0xFF) + "." + (b[15] & 0xFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLength - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(groups[i]));
        }
        String scope = address instanceof Inet6Address v6 && v6.getScopeId() != 0 ? "%" + v6.getScopeId() : "";
        return sb + scope;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IPAddress a && address.equals(a.address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }
}
