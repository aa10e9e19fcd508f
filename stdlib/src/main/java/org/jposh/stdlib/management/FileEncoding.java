package org.jposh.stdlib.management;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jposh.interpreter.commands.ArgumentTransformation;
import org.jposh.interpreter.commands.BindingServices;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TextEncoding;

/**
 * The -Encoding of the content cmdlets: a charset and whether files written start with its byte-order
 * mark. The names are pwsh's (utf8 = UTF-8 without BOM, the default; utf8BOM; unicode = UTF-16LE
 * with BOM; ...); other names and code page numbers go to the JVM's charsets, with a BOM for the
 * Unicode ones as .NET's Encoding.GetEncoding gives. UTF-7 is not available on the JVM.
 * Out-File takes the same -Encoding.
 */
public record FileEncoding(Charset charset, boolean byteOrderMark) {
    public static final FileEncoding UTF8 = new FileEncoding(StandardCharsets.UTF_8, false);

    public static FileEncoding forName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "utf8", "utf8nobom", "default", "oem", "ansi":
                return UTF8;
            case "utf8bom":
                return new FileEncoding(StandardCharsets.UTF_8, true);
            case "ascii":
                return new FileEncoding(StandardCharsets.US_ASCII, false);
            case "unicode":
                return new FileEncoding(StandardCharsets.UTF_16LE, true);
            case "bigendianunicode":
                return new FileEncoding(StandardCharsets.UTF_16BE, true);
            case "utf32":
                return new FileEncoding(Charset.forName("UTF-32LE"), true);
            case "bigendianutf32":
                return new FileEncoding(Charset.forName("UTF-32BE"), true);
            case "latin1":
                return new FileEncoding(StandardCharsets.ISO_8859_1, false);
            default:
                return fromCharsetName(name);
        }
    }

    private static FileEncoding fromCharsetName(String name) {
        String charsetName = name.chars().allMatch(Character::isDigit) ? codePage(Integer.parseInt(name)) : name;
        Charset charset;
        try {
            charset = Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + name + "' is not a supported encoding name. For information on "
                    + "defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. "
                    + "(Parameter 'name')");
        }
        return new FileEncoding(charset, charset.name().startsWith("UTF-"));
    }

    private static String codePage(int number) {
        return switch (number) {
            case 65001 -> "UTF-8";
            case 1200 -> "UTF-16LE";
            case 1201 -> "UTF-16BE";
            case 12000 -> "UTF-32LE";
            case 12001 -> "UTF-32BE";
            case 20127 -> "US-ASCII";
            case 28591 -> "ISO-8859-1";
            default -> "windows-" + number;
        };
    }

    /** The byte-order mark written before the content, empty without one. */
    public byte[] preamble() {
        return byteOrderMark ? "\uFEFF".getBytes(charset) : new byte[0];
    }

    /**
     * Turns the -Encoding argument (a name, a code page number, a System.Text.Encoding or a FileEncoding) into a
     * FileEncoding.
     */
    public static final class Transformation implements ArgumentTransformation {
        @Override
        public Object transform(BindingServices services, Object inputData) {
            Object value = PSObject.base(inputData);
            if (value instanceof FileEncoding || value == null) {
                return value;
            }
            if (value instanceof TextEncoding encoding) {
                return new FileEncoding(encoding.charset(), encoding.preamble());
            }
            return forName(LanguagePrimitives.toStringValue(value));
        }
    }
}
