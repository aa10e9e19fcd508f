package org.jposh.stdlib.web;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;

/**
 * System.Net.HttpStatusCode, the type of a response's StatusCode, and the reason phrases .NET's servers
 * send with each code. Where .NET has two names for a code (Found and Redirect), the one .NET prints comes
 * first. The JDK's HTTP client does not report the reason phrase a server sent, so JPosh takes it from
 * this table (a code without one has an empty phrase).
 */
final class HttpStatus {
    static final int PARTIAL_CONTENT = 206;
    static final int RANGE_NOT_SATISFIABLE = 416;
    private static final String[] NAMES = {
        "Continue", "SwitchingProtocols", "Processing", "EarlyHints",
        "OK", "Created", "Accepted", "NonAuthoritativeInformation", "NoContent", "ResetContent", "PartialContent",
        "MultiStatus", "AlreadyReported", "IMUsed",
        "Ambiguous", "MultipleChoices", "Moved", "MovedPermanently", "Redirect", "Found", "RedirectMethod",
        "SeeOther", "NotModified", "UseProxy", "Unused", "RedirectKeepVerb", "TemporaryRedirect",
        "PermanentRedirect",
        "BadRequest", "Unauthorized", "PaymentRequired", "Forbidden", "NotFound", "MethodNotAllowed",
        "NotAcceptable", "ProxyAuthenticationRequired", "RequestTimeout", "Conflict", "Gone", "LengthRequired",
        "PreconditionFailed", "RequestEntityTooLarge", "RequestUriTooLong", "UnsupportedMediaType",
        "RequestedRangeNotSatisfiable", "ExpectationFailed", "MisdirectedRequest", "UnprocessableEntity",
        "UnprocessableContent", "Locked", "FailedDependency", "UpgradeRequired", "PreconditionRequired",
        "TooManyRequests", "RequestHeaderFieldsTooLarge", "UnavailableForLegalReasons",
        "InternalServerError", "NotImplemented", "BadGateway", "ServiceUnavailable", "GatewayTimeout",
        "HttpVersionNotSupported", "VariantAlsoNegotiates", "InsufficientStorage", "LoopDetected", "NotExtended",
        "NetworkAuthenticationRequired"};
    private static final long[] VALUES = {
        100, 101, 102, 103,
        200, 201, 202, 203, 204, 205, 206, 207, 208, 226,
        300, 300, 301, 301, 302, 302, 303, 303, 304, 305, 306, 307, 307, 308,
        400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 422,
        423, 424, 426, 428, 429, 431, 451,
        500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511};

    static final DotNetType TYPE = CoreTypes.defineEnum("System.Net", "HttpStatusCode", false, NAMES, VALUES);

    static {
        CoreTypes.register(TYPE);
    }

    private HttpStatus() {
    }

    static EnumValue of(int code) {
        return new EnumValue(TYPE, code);
    }

    /** The reason phrase of a status line (.NET's HttpStatusDescription). */
    static String reasonPhrase(int code) {
        return switch (code) {
            case 100 -> "Continue";
            case 101 -> "Switching Protocols";
            case 102 -> "Processing";
            case 103 -> "Early Hints";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 205 -> "Reset Content";
            case 206 -> "Partial Content";
            case 207 -> "Multi-Status";
            case 208 -> "Already Reported";
            case 226 -> "IM Used";
            case 300 -> "Multiple Choices";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 305 -> "Use Proxy";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Request Entity Too Large";
            case 414 -> "Request-Uri Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Requested Range Not Satisfiable";
            case 417 -> "Expectation Failed";
            case 421 -> "Misdirected Request";
            case 422 -> "Unprocessable Entity";
            case 423 -> "Locked";
            case 424 -> "Failed Dependency";
            case 426 -> "Upgrade Required";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "Http Version Not Supported";
            case 506 -> "Variant Also Negotiates";
            case 507 -> "Insufficient Storage";
            case 508 -> "Loop Detected";
            case 510 -> "Not Extended";
            case 511 -> "Network Authentication Required";
            default -> "";
        };
    }

    static boolean isSuccess(int code) {
        return code >= 200 && code <= 299;
    }

    /** The codes HttpClient follows as redirections (pwsh's IsRedirectCode). */
    static boolean isRedirect(int code) {
        return code == 300 || code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }
}
