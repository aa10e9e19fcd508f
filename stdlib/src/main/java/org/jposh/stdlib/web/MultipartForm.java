package org.jposh.stdlib.web;

import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.stdlib.management.FileInfo;

/**
 * -Form: a multipart/form-data body as .NET's MultipartFormDataContent writes the parts pwsh's AddMultipartContent
 * makes. A FileInfo value is a file part (its name, application/octet-stream); a collection is one part per element
 * (elements that are themselves collections become text); anything else a text part in UTF-8. The boundary is a
 * new GUID, quoted in the Content-Type as .NET quotes it; file contents are read from disk as the body is sent.
 */
final class MultipartForm {
    private final String boundary = UUID.randomUUID().toString();
    private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
    /** The text written since the last file part: part headers, text values, delimiters. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    /** The form of a dictionary, each key a field; throws FileNotFoundException for a FileInfo that is not there. */
    static MultipartForm of(Map<?, ?> fields) throws FileNotFoundException {
        MultipartForm form = new MultipartForm();
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            form.add(LanguagePrimitives.toStringValue(PSObject.base(field.getKey())), field.getValue(), true);
        }
        form.write("\r\n--" + form.boundary + "--\r\n");
        form.flush();
        return form;
    }

    /** The Content-Type header of the body. */
    String contentType() {
        return "multipart/form-data; boundary=\"" + boundary + "\"";
    }

    HttpRequest.BodyPublisher body() {
        return HttpRequest.BodyPublishers.concat(parts.toArray(new HttpRequest.BodyPublisher[0]));
    }

    private void add(String name, Object value, boolean enumerate) throws FileNotFoundException {
        Object base = PSObject.base(value);
        if (base instanceof FileInfo file) {
            addFile(name, file.path());
            return;
        }
        Iterable<?> items = enumerate ? LanguagePrimitives.getEnumerable(base) : null;
        if (items == null) {
            startPart();
            write("Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: form-data; name=" + quoted(name)
                    + "\r\n\r\n");
            write(base == null ? "" : LanguagePrimitives.toStringValue(base));
            return;
        }
        for (Object item : items) {
            add(name, item, false);
        }
    }

    private void addFile(String name, Path path) throws FileNotFoundException {
        String fileName = path.getFileName().toString();
        startPart();
        write("Content-Disposition: form-data; name=" + quoted(name) + "; filename=" + quoted(fileName)
                + "; filename*=" + rfc5987(fileName) + "\r\nContent-Type: application/octet-stream\r\n\r\n");
        flush();
        parts.add(HttpRequest.BodyPublishers.ofFile(path));
    }

    /** The delimiter before a part: the first follows nothing, the others end the previous part's content. */
    private void startPart() {
        write((pending.size() == 0 && parts.isEmpty() ? "" : "\r\n") + "--" + boundary + "\r\n");
    }

    private void write(String text) {
        pending.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private void flush() {
        if (pending.size() > 0) {
            parts.add(HttpRequest.BodyPublishers.ofByteArray(pending.toByteArray()));
            pending.reset();
        }
    }

    /**
     * A name or file name as ContentDispositionHeaderValue writes it: a token as it is, other ASCII text in quotes,
     * text with non-ASCII characters MIME-encoded ({@code "=?utf-8?B?...?="}).
     */
    private static String quoted(String value) {
        if (!value.chars().allMatch(c -> c < 0x80)) {
            return "\"=?utf-8?B?" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "?=\"";
        }
        return !value.isEmpty() && value.chars().allMatch(HttpHeaderNames::isTokenChar) ? value : "\"" + value + "\"";
    }

    /** RFC 5987's ext-value as .NET encodes it: UTF-8, token characters but {@code * ' %} kept, others as %XX. */
    private static String rfc5987(String value) {
        StringBuilder sb = new StringBuilder("utf-8''");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && HttpHeaderNames.isTokenChar(c) && c != '*' && c != '\'' && c != '%') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
