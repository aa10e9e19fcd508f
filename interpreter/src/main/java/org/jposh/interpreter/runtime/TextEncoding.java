package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * System.Text.Encoding and the encodings .NET has built in (UTF-8, UTF-16 and UTF-32 in either byte
 * order, ASCII, Latin-1), with .NET's names and code pages, each over the Java charset that encodes the
 * same way. {@code preamble} is the byte-order mark GetPreamble() gives ({@code Encoding.UTF8} has one,
 * {@code [Text.UTF8Encoding]::new($false)} and the console's encoding do not).
 */
public record TextEncoding(DotNetType type, Charset charset, int codePage, String webName, String encodingName,
                           int windowsCodePage, boolean preamble) implements DotNetTyped {
    public static final DotNetType ENCODING = CoreTypes.define("System.Text", "Encoding", TextEncoding.class,
            TextEncoding::defineEncoding);
    static final DotNetType UTF8_ENCODING = subtype("UTF8Encoding", b -> {
        b.constructor((t, a) -> utf8(false));
        b.constructor((t, a) -> utf8((Boolean) a[0]), param("encoderShouldEmitUTF8Identifier", BOOLEAN));
    });
    static final DotNetType UNICODE_ENCODING = subtype("UnicodeEncoding", b -> {
        b.constructor((t, a) -> utf16(false, true));
        b.constructor((t, a) -> utf16((Boolean) a[0], (Boolean) a[1]), param("bigEndian", BOOLEAN),
                param("byteOrderMark", BOOLEAN));
    });
    static final DotNetType UTF32_ENCODING = subtype("UTF32Encoding", b -> {
        b.constructor((t, a) -> utf32(false, true));
        b.constructor((t, a) -> utf32((Boolean) a[0], (Boolean) a[1]), param("bigEndian", BOOLEAN),
                param("byteOrderMark", BOOLEAN));
    });
    static final DotNetType ASCII_ENCODING = subtype("ASCIIEncoding", b -> b.constructor((t, a) -> ascii()));
    static final DotNetType LATIN1_ENCODING = subtype("Latin1Encoding", null);

    /** What the console reads and writes by default on Unix: UTF-8 without a byte-order mark. */
    public static final TextEncoding CONSOLE_DEFAULT = utf8(false);

    static {
        CoreTypes.register(ENCODING);
        CoreTypes.register(UTF8_ENCODING);
        CoreTypes.register(UNICODE_ENCODING);
        CoreTypes.register(UTF32_ENCODING);
        CoreTypes.register(ASCII_ENCODING);
    }

    private static DotNetType subtype(String name, java.util.function.Consumer<TypeAdapter.Builder> members) {
        return CoreTypes.define("System.Text", name, TextEncoding.class, ENCODING, members);
    }

    static TextEncoding utf8(boolean preamble) {
        return new TextEncoding(UTF8_ENCODING, StandardCharsets.UTF_8, 65001, "utf-8", "Unicode (UTF-8)", 1200,
                preamble);
    }

    /** new UnicodeEncoding(bigEndian, byteOrderMark). */
    public static TextEncoding unicode(boolean bigEndian, boolean byteOrderMark) {
        return utf16(bigEndian, byteOrderMark);
    }

    /**
     * The encoding whose byte-order mark starts the first {@code length} bytes, as .NET's StreamReader
     * detects it (UTF-8, UTF-16 and UTF-32 in either byte order), or null when they start with none.
     */
    public static TextEncoding fromByteOrderMark(byte[] bytes, int length) {
        int b0 = length > 0 ? bytes[0] & 0xFF : -1;
        int b1 = length > 1 ? bytes[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF) {
            return utf16(true, true);
        } else if (b0 == 0xFF && b1 == 0xFE) {
            return length >= 4 && bytes[2] == 0 && bytes[3] == 0 ? utf32(false, true) : utf16(false, true);
        } else if (length >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return utf8(true);
        } else if (length >= 4 && b0 == 0 && b1 == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
            return utf32(true, true);
        }
        return null;
    }

    /** The byte-order mark written before text in this encoding: GetPreamble(), empty for none. */
    public byte[] byteOrderMark() {
        return preamble ? bom() : new byte[0];
    }

    private static TextEncoding utf16(boolean bigEndian, boolean preamble) {
        return bigEndian
                ? new TextEncoding(UNICODE_ENCODING, StandardCharsets.UTF_16BE, 1201, "utf-16BE",
                        "Unicode (Big-Endian)", 1200, preamble)
                : new TextEncoding(UNICODE_ENCODING, StandardCharsets.UTF_16LE, 1200, "utf-16", "Unicode", 1200,
                        preamble);
    }

    private static TextEncoding utf32(boolean bigEndian, boolean preamble) {
        return bigEndian
                ? new TextEncoding(UTF32_ENCODING, Charset.forName("UTF-32BE"), 12001, "utf-32BE",
                        "Unicode (UTF-32 Big-Endian)", 1200, preamble)
                : new TextEncoding(UTF32_ENCODING, Charset.forName("UTF-32LE"), 12000, "utf-32", "Unicode (UTF-32)",
                        1200, preamble);
    }

    private static TextEncoding ascii() {
        return new TextEncoding(ASCII_ENCODING, StandardCharsets.US_ASCII, 20127, "us-ascii", "US-ASCII", 1252, false);
    }

    private static TextEncoding latin1() {
        return new TextEncoding(LATIN1_ENCODING, StandardCharsets.ISO_8859_1, 28591, "iso-8859-1",
                "Western European (ISO)", 1252, false);
    }

    private static void defineEncoding(TypeAdapter.Builder b) {
        b.staticProperty("UTF8", ENCODING, () -> utf8(true));
        b.staticProperty("Unicode", ENCODING, () -> utf16(false, true));
        b.staticProperty("BigEndianUnicode", ENCODING, () -> utf16(true, true));
        b.staticProperty("UTF32", ENCODING, () -> utf32(false, true));
        b.staticProperty("ASCII", ENCODING, TextEncoding::ascii);
        b.staticProperty("Latin1", ENCODING, TextEncoding::latin1);
        b.staticProperty("Default", ENCODING, () -> utf8(false));
        b.staticMethod("GetEncoding", ENCODING, (t, a) -> byName((String) a[0]), param("name", STRING));
        b.staticMethod("GetEncoding", ENCODING, (t, a) -> byCodePage((Integer) a[0]), param("codepage", INT32));
        b.property("BodyName", STRING, e -> ((TextEncoding) e).webName);
        b.property("HeaderName", STRING, e -> ((TextEncoding) e).webName);
        b.property("WebName", STRING, e -> ((TextEncoding) e).webName);
        b.property("EncodingName", STRING, e -> ((TextEncoding) e).encodingName);
        b.property("CodePage", INT32, e -> ((TextEncoding) e).codePage);
        b.property("WindowsCodePage", INT32, e -> ((TextEncoding) e).windowsCodePage);
        b.property("IsSingleByte", BOOLEAN, e -> ((TextEncoding) e).codePage == 20127
                || ((TextEncoding) e).codePage == 28591);
        b.property("IsReadOnly", BOOLEAN, e -> true);
        b.property("Preamble", CoreTypes.BYTE.arrayType(), e -> ((TextEncoding) e).preambleBytes());
        b.method("GetPreamble", CoreTypes.BYTE.arrayType(), (t, a) -> ((TextEncoding) t).preambleBytes());
        b.method("GetBytes", CoreTypes.BYTE.arrayType(), (t, a) -> ((TextEncoding) t).getBytes((String) a[0]),
                param("s", STRING));
        b.method("GetString", STRING, (t, a) -> ((TextEncoding) t).getString((Byte[]) a[0]),
                param("bytes", CoreTypes.BYTE.arrayType()));
    }

    /**
     * Encoding.GetEncoding(name), by .NET's names and aliases of the built-in encodings.
     *
     * @throws DotNetException ArgumentException for a name .NET does not know
     */
    static TextEncoding byName(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> utf8(true);
            case "utf-16", "utf-16le", "unicode" -> utf16(false, true);
            case "utf-16be", "unicodefffe" -> utf16(true, true);
            case "utf-32", "utf-32le" -> utf32(false, true);
            case "utf-32be" -> utf32(true, true);
            case "us-ascii", "ascii", "us" -> ascii();
            case "iso-8859-1", "latin1", "l1" -> latin1();
            default -> throw DotNetException.argument("'" + name + "' is not a supported encoding name. For "
                    + "information on defining a custom encoding, see the documentation for the "
                    + "Encoding.RegisterProvider method.", "name");
        };
    }

    private static TextEncoding byCodePage(int codePage) {
        return switch (codePage) {
            case 65001 -> utf8(true);
            case 1200 -> utf16(false, true);
            case 1201 -> utf16(true, true);
            case 12000 -> utf32(false, true);
            case 12001 -> utf32(true, true);
            case 20127 -> ascii();
            case 28591 -> latin1();
            default -> throw new DotNetException("System.NotSupportedException", "No data is available for encoding "
                    + codePage + ". For information on defining a custom encoding, see the documentation for the "
                    + "Encoding.RegisterProvider method.");
        };
    }

    private Byte[] preambleBytes() {
        return ByteArrays.box(byteOrderMark());
    }

    private byte[] bom() {
        return switch (codePage) {
            case 65001 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case 1200 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case 1201 -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            case 12000 -> new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0};
            case 12001 -> new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
    }

    private Byte[] getBytes(String text) {
        if (text == null) {
            throw DotNetException.argumentNull("s");
        }
        return ByteArrays.box(text.getBytes(charset));
    }

    private String getString(Byte[] bytes) {
        if (bytes == null) {
            throw DotNetException.argumentNull("bytes");
        }
        return new String(ByteArrays.unbox(bytes), charset);
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    /** Object.ToString(): the type's name. */
    @Override
    public String toString() {
        return type.fullName();
    }

    /** Encodings are equal when they encode alike (.NET compares code page and preamble the same way). */
    @Override
    public boolean equals(Object other) {
        return other instanceof TextEncoding e && e.codePage == codePage && e.preamble == preamble;
    }

    @Override
    public int hashCode() {
        return codePage;
    }
}
