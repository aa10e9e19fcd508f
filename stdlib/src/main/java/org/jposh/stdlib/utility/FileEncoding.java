package org.jposh.stdlib.utility;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * The -Encoding of the file cmdlets, by pwsh's names (utf8 is UTF-8 without a byte-order mark, as in
 * pwsh 7; utf8BOM, unicode, bigendianunicode and utf32 write their BOM) or any charset name.
 * Reading honours a BOM found in the file, as .NET's StreamReader does.
 */
record FileEncoding(Charset charset, byte[] preamble) {
    static final FileEncoding UTF8 = new FileEncoding(StandardCharsets.UTF_8, new byte[0]);

    /**
     * @throws CmdletException for a name that is no encoding
     */
    static FileEncoding of(String name) {
        if (name == null) {
            return UTF8;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "utf8", "utf8nobom", "default" -> UTF8;
            case "utf8bom" -> new FileEncoding(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            case "ascii" -> new FileEncoding(StandardCharsets.US_ASCII, new byte[0]);
            case "latin1" -> new FileEncoding(StandardCharsets.ISO_8859_1, new byte[0]);
            case "unicode" -> new FileEncoding(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE});
            case "bigendianunicode" -> new FileEncoding(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF});
            case "utf32" -> new FileEncoding(Charset.forName("UTF-32LE"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
            case "bigendianutf32" -> new FileEncoding(Charset.forName("UTF-32BE"), new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
            default -> byCharsetName(name);
        };
    }

    private static FileEncoding byCharsetName(String name) {
        try {
            return new FileEncoding(Charset.forName(name), new byte[0]);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new CmdletException("ArgumentException", ErrorCategory.InvalidArgument, "'" + name
                    + "' is not a supported encoding name. For information on defining a custom encoding, see the "
                    + "documentation for the Encoding.RegisterProvider method. (Parameter 'name')", "ArgumentException");
        }
    }

    /** A writer that starts with the preamble unless {@code appending}. */
    Writer newWriter(OutputStream out, boolean appending) throws IOException {
        if (!appending) {
            out.write(preamble);
        }
        return new OutputStreamWriter(out, charset);
    }

    /** A reader of this encoding, or of the one a byte-order mark at the start names. */
    Reader newReader(InputStream in) throws IOException {
        PushbackInputStream source = new PushbackInputStream(in, 4);
        byte[] head = source.readNBytes(4);
        Charset detected = charset;
        int bomLength = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            detected = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(head, 0xFF, 0xFE, 0, 0)) {
            detected = Charset.forName("UTF-32LE");
            bomLength = 4;
        } else if (startsWith(head, 0, 0, 0xFE, 0xFF)) {
            detected = Charset.forName("UTF-32BE");
            bomLength = 4;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            detected = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            detected = StandardCharsets.UTF_16BE;
            bomLength = 2;
        }
        source.unread(head, bomLength, head.length - bomLength);
        return new InputStreamReader(source, detected);
    }

    private static boolean startsWith(byte[] head, int... bom) {
        if (head.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((head[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }
}
