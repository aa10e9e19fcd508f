package org.jposh.stdlib.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Automatic decompression as pwsh's HttpClientHandler does it (AutomaticDecompression = All): requests accept
 * gzip and deflate, and a body whose last Content-Encoding is one of them is decoded as it is read. As .NET's
 * DecompressionHandler does, the response then has no Content-Length and its Content-Encoding loses the
 * encoding removed. Brotli, which .NET also accepts, is not in the JDK, so it is not asked for.
 */
final class ResponseDecoding {
    private static final String GZIP = "gzip";
    private static final String DEFLATE = "deflate";

    private ResponseDecoding() {
    }

    /** The Accept-Encoding sent: the one given, with gzip and deflate added when it does not list them. */
    static String acceptEncoding(String given) {
        List<String> codings = split(given == null ? List.of() : List.of(given));
        for (String coding : List.of(GZIP, DEFLATE)) {
            if (codings.stream().noneMatch(coding::equalsIgnoreCase)) {
                codings.add(coding);
            }
        }
        return String.join(", ", codings);
    }

    /** The coding the body is decoded from (gzip or deflate), or null when it is sent as it is. */
    static String coding(HttpHeaders headers) {
        List<String> codings = split(headers.allValues(HttpHeaderNames.CONTENT_ENCODING));
        if (codings.isEmpty()) {
            return null;
        }
        String last = codings.getLast().toLowerCase(Locale.ROOT);
        return last.equals(GZIP) || last.equals(DEFLATE) ? last : null;
    }

    /** The headers of a decoded response: no Content-Length, and Content-Encoding without its last coding. */
    static HttpHeaders decodedHeaders(HttpHeaders headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        headers.map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaderNames.CONTENT_LENGTH)
                    && !name.equalsIgnoreCase(HttpHeaderNames.CONTENT_ENCODING)) {
                map.put(name, values);
            }
        });
        List<String> codings = split(headers.allValues(HttpHeaderNames.CONTENT_ENCODING));
        if (codings.size() > 1) {
            map.put(HttpHeaderNames.CONTENT_ENCODING, List.of(String.join(", ", codings.subList(0, codings.size() - 1))));
        }
        return HttpHeaders.of(map, (name, value) -> true);
    }

    /** The body decoded from {@code coding}; reading starts when the caller first reads. */
    static InputStream decode(InputStream body, String coding) {
        return new InputStream() {
            private InputStream decoded;

            @Override
            public int read() throws IOException {
                return decoded().read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return decoded().read(b, off, len);
            }

            @Override
            public void close() throws IOException {
                (decoded != null ? decoded : body).close();
            }

            private InputStream decoded() throws IOException {
                if (decoded == null) {
                    decoded = open(body, coding);
                }
                return decoded;
            }
        };
    }

    /**
     * An empty body stays empty (a HEAD response, a 204). Deflate may come as zlib data (RFC 9110) or, from some
     * servers, raw: the first two bytes tell, as .NET's ZLibOrDeflateStream looks at them.
     */
    private static InputStream open(InputStream body, String coding) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 2);
        byte[] start = in.readNBytes(2);
        if (start.length == 0) {
            return in;
        }
        in.unread(start);
        if (coding.equals(GZIP)) {
            return new GZIPInputStream(in, 8192);
        }
        boolean zlib = start.length == 2 && (start[0] & 0x0F) == 8 && ((start[0] & 0xFF) << 8 | start[1] & 0xFF) % 31 == 0;
        return new InflaterInputStream(in, new Inflater(!zlib), 8192) {
            @Override
            public void close() throws IOException {
                super.close();
                inf.end();
            }
        };
    }

    /** The comma-separated items of header values, trimmed. */
    private static List<String> split(List<String> values) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }
}
