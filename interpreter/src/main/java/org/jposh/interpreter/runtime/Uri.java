package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * System.Uri ({@code [uri]}) over java.net.URI: absolute URIs with their parts as .NET names them (AbsoluteUri
 * with the scheme's default port left out, Host, Port, AbsolutePath, Query, Fragment, Segments, LocalPath...),
 * relative ones when asked for (UriKind), a relative reference resolved against a base, an absolute path
 * taken as a file URI as .NET does on Unix; and the statics scripts build query strings with:
 * EscapeDataString (RFC 3986: all but the unreserved characters), UnescapeDataString, IsWellFormedUriString,
 * TryCreate. Characters a URI may not hold (spaces, non-ASCII) are escaped as UTF-8, as .NET does.
 */
public final class Uri implements DotNetTyped {
    static final DotNetType URI_KIND = CoreTypes.defineEnum("System", "UriKind", false, "RelativeOrAbsolute",
            "Absolute", "Relative");
    static final DotNetType URI_PARTIAL = CoreTypes.defineEnum("System", "UriPartial", false, "Scheme",
            "Authority", "Path", "Query");
    public static final DotNetType TYPE = CoreTypes.define("System", "Uri", Uri.class, Uri::defineMembers);
    private static final int RELATIVE_OR_ABSOLUTE = 0;
    private static final int ABSOLUTE = 1;
    private static final int RELATIVE = 2;
    private static final String UNRESERVED = "-._~";

    static {
        CoreTypes.register(TYPE, "uri");
    }

    private final String original;
    private final URI uri;

    private Uri(String original, URI uri) {
        this.original = original;
        this.uri = uri;
    }

    /** {@code new Uri(text, kind)}; a failure is .NET's UriFormatException. */
    static Uri create(String text, int kind) {
        if (text == null) {
            throw DotNetException.argumentNull("uriString");
        }
        URI parsed;
        try {
            String s = text.strip();
            parsed = s.startsWith("/") && kind != RELATIVE ? new URI("file", "", s, null)
                    : new URI(escapeIllegal(s));
        } catch (URISyntaxException e) {
            throw invalid("The format of the URI could not be determined.");
        }
        boolean absolute = parsed.isAbsolute() && parsed.getScheme().length() > 1;
        if (kind == ABSOLUTE && !absolute) {
            throw invalid("The format of the URI could not be determined.");
        }
        if (kind == RELATIVE && absolute) {
            throw invalid("A relative URI cannot be created because the 'uriString' parameter represents an"
                    + " absolute URI.");
        }
        if (absolute && !parsed.isOpaque() && parsed.getRawAuthority() == null
                && !parsed.getScheme().equalsIgnoreCase("file")) {
            throw invalid("The Authority/Host could not be parsed.");
        }
        return new Uri(text, parsed);
    }

    /** {@code [uri]$text}: pwsh converts a string to a relative or an absolute URI, whichever it is. */
    static Uri fromString(String text) {
        return create(text, RELATIVE_OR_ABSOLUTE);
    }

    private static DotNetException invalid(String reason) {
        return new DotNetException("System.UriFormatException", "Invalid URI: " + reason);
    }

    static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> create((String) a[0], ABSOLUTE), param("uriString", STRING));
        b.constructor((t, a) -> create((String) a[0], (int) ((EnumValue) a[1]).value()), param("uriString", STRING),
                param("uriKind", URI_KIND));
        b.constructor((t, a) -> resolve((Uri) a[0], create((String) a[1], RELATIVE_OR_ABSOLUTE)),
                param("baseUri", TYPE), param("relativeUri", STRING));
        b.constructor((t, a) -> resolve((Uri) a[0], (Uri) a[1]), param("baseUri", TYPE), param("relativeUri", TYPE));
        b.property("OriginalString", STRING, u -> ((Uri) u).original);
        b.property("IsAbsoluteUri", BOOLEAN, u -> ((Uri) u).uri.isAbsolute());
        b.property("AbsoluteUri", STRING, u -> ((Uri) u).absolute().absoluteUri());
        b.property("Scheme", STRING, u -> ((Uri) u).absolute().uri.getScheme().toLowerCase(Locale.ROOT));
        b.property("Host", STRING, u -> ((Uri) u).absolute().host());
        b.property("DnsSafeHost", STRING, u -> ((Uri) u).absolute().host());
        b.property("Port", INT32, u -> ((Uri) u).absolute().port());
        b.property("IsDefaultPort", BOOLEAN, u -> ((Uri) u).absolute().isDefaultPort());
        b.property("Authority", STRING, u -> ((Uri) u).absolute().authority());
        b.property("UserInfo", STRING, u -> nullToEmpty(((Uri) u).absolute().uri.getRawUserInfo()));
        b.property("AbsolutePath", STRING, u -> ((Uri) u).absolute().path());
        b.property("LocalPath", STRING, u -> ((Uri) u).absolute().localPath());
        b.property("PathAndQuery", STRING, u -> ((Uri) u).absolute().path() + ((Uri) u).query());
        b.property("Query", STRING, u -> ((Uri) u).absolute().query());
        b.property("Fragment", STRING, u -> ((Uri) u).absolute().fragment());
        b.property("Segments", CoreTypes.STRING_ARRAY, u -> ((Uri) u).absolute().segments());
        b.property("IsFile", BOOLEAN, u -> ((Uri) u).absolute().uri.getScheme().equalsIgnoreCase("file"));
        b.property("IsLoopback", BOOLEAN, u -> ((Uri) u).absolute().isLoopback());
        b.method("ToString", STRING, (t, a) -> t.toString());
        b.method("GetLeftPart", STRING, (t, a) -> ((Uri) t).absolute().leftPart((int) ((EnumValue) a[0]).value()),
                param("part", URI_PARTIAL));
        b.staticMethod("EscapeDataString", STRING, (t, a) -> escapeDataString((String) a[0]), param("stringToEscape",
                STRING));
        b.staticMethod("UnescapeDataString", STRING, (t, a) -> unescape((String) a[0]), param("stringToUnescape",
                STRING));
        b.staticMethod("IsWellFormedUriString", BOOLEAN, (t, a) -> isWellFormed((String) a[0],
                (int) ((EnumValue) a[1]).value()), param("uriString", STRING), param("uriKind", URI_KIND));
        b.staticMethod("TryCreate", BOOLEAN, (t, a) -> {
            PSReference result = (PSReference) a[2];
            try {
                result.setValue(create((String) a[0], (int) ((EnumValue) a[1]).value()));
                return true;
            } catch (DotNetException e) {
                result.setValue(null);
                return false;
            }
        }, param("uriString", STRING), param("uriKind", URI_KIND), param("result", PS_REFERENCE));
        b.staticField("UriSchemeHttp", STRING, () -> "http");
        b.staticField("UriSchemeHttps", STRING, () -> "https");
        b.staticField("SchemeDelimiter", STRING, () -> "://");
    }

    private static Uri resolve(Uri base, Uri relative) {
        if (base == null) {
            throw DotNetException.argumentNull("baseUri");
        }
        base.absolute();
        return relative.uri.isAbsolute() ? relative
                : new Uri(base.uri.resolve(relative.uri).toString(), base.uri.resolve(relative.uri));
    }

    /** This URI, when absolute: .NET's parts of a relative URI throw. */
    private Uri absolute() {
        if (!uri.isAbsolute()) {
            throw DotNetException.invalidOperation("This operation is not supported for a relative URI.");
        }
        return this;
    }

    private String host() {
        String host = uri.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    private int defaultPort() {
        return switch (uri.getScheme().toLowerCase(Locale.ROOT)) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            case "ftp" -> 21;
            case "ssh" -> 22;
            case "ldap" -> 389;
            default -> -1;
        };
    }

    private int port() {
        return uri.getPort() >= 0 ? uri.getPort() : defaultPort();
    }

    private boolean isDefaultPort() {
        return uri.getPort() < 0 || uri.getPort() == defaultPort();
    }

    private String authority() {
        return isDefaultPort() || host().isEmpty() ? host() : host() + ":" + uri.getPort();
    }

    private String path() {
        String path = uri.getRawPath();
        if (path == null) {
            return "";
        }
        return path.isEmpty() && !host().isEmpty() ? "/" : path;
    }

    private String localPath() {
        return unescape(path());
    }

    private String query() {
        return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    }

    private String fragment() {
        return uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
    }

    private String[] segments() {
        String path = path();
        List<String> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                segments.add(path.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < path.length()) {
            segments.add(path.substring(start));
        }
        return segments.toArray(String[]::new);
    }

    private boolean isLoopback() {
        String host = host();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || uri.getScheme().equalsIgnoreCase("file");
    }

    /** Whether this is an absolute URI (IsAbsoluteUri). */
    public boolean isAbsolute() {
        return uri.isAbsolute();
    }

    /** The text the URI was made from (OriginalString). */
    public String originalString() {
        return original;
    }

    /** AbsoluteUri: the escaped canonical form of an absolute URI. */
    public String absoluteUri() {
        return leftPart(3) + fragment();
    }

    /** GetLeftPart: the URI up to the scheme (0), authority (1), path (2) or query (3). */
    private String leftPart(int part) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.isOpaque()) {
            return part == 0 ? scheme + ":" : scheme + ":" + uri.getRawSchemeSpecificPart();
        }
        StringBuilder sb = new StringBuilder(scheme).append("://");
        if (part == 0) {
            return sb.toString();
        }
        if (uri.getRawUserInfo() != null) {
            sb.append(uri.getRawUserInfo()).append('@');
        }
        sb.append(authority());
        if (part >= 2) {
            sb.append(path());
        }
        if (part >= 3) {
            sb.append(query());
        }
        return sb.toString();
    }

    /** .NET's ToString: the canonical form, unescaped (a relative URI is its original text). */
    @Override
    public String toString() {
        return uri.isAbsolute() ? unescape(absoluteUri()) : original;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Uri u && (uri.isAbsolute() ? u.uri.isAbsolute() && absoluteUri().equals(u.absoluteUri())
                : original.equals(u.original));
    }

    @Override
    public int hashCode() {
        return uri.isAbsolute() ? absoluteUri().hashCode() : original.hashCode();
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    private static boolean isWellFormed(String text, int kind) {
        if (text == null || !text.equals(escapeIllegal(text))) {
            return false;
        }
        try {
            create(text, kind);
            return true;
        } catch (DotNetException e) {
            return false;
        }
    }

    /** RFC 3986: every character but letters, digits and {@code - . _ ~} as UTF-8 %XX. */
    static String escapeDataString(String s) {
        if (s == null) {
            throw DotNetException.argumentNull("stringToEscape");
        }
        return percentEncode(s, UNRESERVED, false);
    }

    /** What java.net.URI rejects and .NET escapes when it parses: spaces, controls, {@code "<>\^`{|}}, non-ASCII. */
    private static String escapeIllegal(String s) {
        StringBuilder kept = new StringBuilder();
        for (char c = '!'; c < 0x7F; c++) {
            if ("\"<>\\^`{|}".indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return percentEncode(s, kept.toString(), false);
    }

    /**
     * Letters, digits and the characters of {@code kept} as they are; every other byte of the UTF-8 as %XX, in
     * upper case unless {@code lowerCaseHex} (System.Web.HttpUtility's).
     */
    static String percentEncode(String s, String kept, boolean lowerCaseHex) {
        StringBuilder sb = new StringBuilder(s.length());
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || kept.indexOf(c) >= 0)) {
                sb.append((char) c);
            } else {
                String hex = lowerCaseHex ? "0123456789abcdef" : "0123456789ABCDEF";
                sb.append('%').append(hex.charAt(c >> 4)).append(hex.charAt(c & 0xF));
            }
        }
        return sb.toString();
    }

    /** %XX sequences that form UTF-8 become their characters; anything else stays as it is. */
    static String unescape(String s) {
        if (s == null) {
            throw DotNetException.argumentNull("stringToUnescape");
        }
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 3;
                continue;
            }
            flush(bytes, sb);
            sb.append(c);
            i++;
        }
        flush(bytes, sb);
        return sb.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder sb) {
        if (bytes.size() > 0) {
            sb.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
