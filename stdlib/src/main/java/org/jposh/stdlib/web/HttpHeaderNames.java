package org.jposh.stdlib.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Header names as .NET spells them (HttpKnownHeaderNames): servers and the JDK may send {@code content-type}
 * or {@code Content-type}, and pwsh's dictionaries show .NET's {@code Content-Type}. Also which headers are
 * content headers, which .NET keeps apart: a session's Content-Type is sent only with content, and a
 * response's content headers come after the others.
 */
final class HttpHeaderNames {
    static final String ACCEPT_ENCODING = "Accept-Encoding";
    static final String AUTHORIZATION = "Authorization";
    static final String CONTENT_ENCODING = "Content-Encoding";
    static final String CONTENT_LENGTH = "Content-Length";
    static final String CONTENT_TYPE = "Content-Type";
    static final String USER_AGENT = "User-Agent";

    private static final Set<String> CONTENT_HEADERS = Set.of("allow", "content-disposition", "content-encoding",
            "content-language", "content-length", "content-location", "content-md5", "content-range", "content-type",
            "expires", "last-modified");
    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        for (String name : new String[] {"Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
            "Accept-Patch", "Accept-Ranges", "Access-Control-Allow-Credentials", "Access-Control-Allow-Headers",
            "Access-Control-Allow-Methods", "Access-Control-Allow-Origin", "Access-Control-Expose-Headers",
            "Access-Control-Max-Age", "Age", "Allow", "Alt-Svc", "Authorization", "Cache-Control", "Connection",
            "Content-Disposition", "Content-Encoding", "Content-Language", "Content-Length", "Content-Location",
            "Content-MD5", "Content-Range", "Content-Security-Policy", "Content-Type", "Cookie", "Date", "ETag",
            "Expect", "Expires", "From", "Host", "If-Match", "If-Modified-Since", "If-None-Match", "If-Range",
            "If-Unmodified-Since", "Keep-Alive", "Last-Modified", "Link", "Location", "Max-Forwards", "Origin",
            "Pragma", "Proxy-Authenticate", "Proxy-Authorization", "Proxy-Connection", "Range", "Referer",
            "Retry-After", "Server", "Set-Cookie", "Strict-Transport-Security", "TE", "Trailer",
            "Transfer-Encoding", "Upgrade", "User-Agent", "Vary", "Via", "WWW-Authenticate", "Warning",
            "X-AspNet-Version", "X-Content-Duration", "X-Content-Type-Options", "X-Frame-Options", "X-MSEdge-Ref",
            "X-Powered-By", "X-Request-ID", "X-UA-Compatible"}) {
            CANONICAL.put(name.toLowerCase(Locale.ROOT), name);
        }
    }

    private HttpHeaderNames() {
    }

    /** The name as .NET spells a known header; other names as received. */
    static String canonical(String name) {
        return CANONICAL.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    /** RFC 7230's tchar: a visible ASCII character that is not a separator. */
    static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7F && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    static boolean isContentHeader(String name) {
        return CONTENT_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }
}
