package org.jposh.stdlib.web;

import java.net.URI;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Uri;

/**
 * The System.Net.Http objects scripts reach from a failed request: {@code $_.Exception} (an
 * HttpRequestException, or pwsh's HttpResponseException for a status that is not a success), its
 * Response (HttpResponseMessage: StatusCode, ReasonPhrase, IsSuccessStatusCode, Headers, RequestMessage)
 * and the request (HttpRequestMessage: Method, RequestUri), the target object of the error.
 */
final class HttpMessages {
    static final DotNetType REQUEST_TYPE = CoreTypes.define("System.Net.Http", "HttpRequestMessage",
            Request.class, b -> b.property("Method", CoreTypes.STRING, r -> ((Request) r).method)
                    .property("RequestUri", Uri.TYPE, r -> LanguagePrimitives.convertTo(((Request) r).uri.toString(),
                            Uri.TYPE))
                    .property("Version", CoreTypes.STRING, r -> ((Request) r).version)
                    .method("ToString", CoreTypes.STRING, (r, a) -> r.toString()));
    static final DotNetType RESPONSE_TYPE = CoreTypes.define("System.Net.Http", "HttpResponseMessage",
            Response.class, b -> b.property("StatusCode", HttpStatus.TYPE, r -> HttpStatus.of(((Response) r).statusCode))
                    .property("ReasonPhrase", CoreTypes.STRING, r -> HttpStatus.reasonPhrase(((Response) r).statusCode))
                    .property("IsSuccessStatusCode", CoreTypes.BOOLEAN,
                            r -> HttpStatus.isSuccess(((Response) r).statusCode))
                    .property("Version", CoreTypes.STRING, r -> ((Response) r).version)
                    .property("Headers", CoreTypes.OBJECT, r -> ((Response) r).headers)
                    .property("RequestMessage", REQUEST_TYPE, r -> ((Response) r).request)
                    .method("ToString", CoreTypes.STRING, (r, a) -> r.toString()));
    static final DotNetType REQUEST_EXCEPTION_TYPE = CoreTypes.define("System.Net.Http", "HttpRequestException",
            ExceptionValue.class, ExceptionTypes.EXCEPTION, b -> b.property("StatusCode", HttpStatus.TYPE,
                    e -> e instanceof ResponseException r ? HttpStatus.of(r.response.statusCode) : null));
    static final DotNetType RESPONSE_EXCEPTION_TYPE = CoreTypes.define("Microsoft.PowerShell.Commands",
            "HttpResponseException", ResponseException.class, REQUEST_EXCEPTION_TYPE,
            b -> b.property("Response", RESPONSE_TYPE, e -> ((ResponseException) e).response));

    static {
        CoreTypes.register(REQUEST_TYPE);
        CoreTypes.register(RESPONSE_TYPE);
        CoreTypes.register(REQUEST_EXCEPTION_TYPE);
        CoreTypes.register(RESPONSE_EXCEPTION_TYPE);
    }

    private HttpMessages() {
    }

    /** An HttpRequestException: the request failed before a response came (refused, unknown host, TLS). */
    static ExceptionValue requestException(String message) {
        return new ExceptionValue(REQUEST_EXCEPTION_TYPE, message, null);
    }

    /** A request as the error's target and the response's RequestMessage (no headers: they may hold secrets). */
    record Request(String method, URI uri, String version) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return REQUEST_TYPE;
        }

        @Override
        public String toString() {
            return "Method: " + method + ", RequestUri: '" + uri + "', Version: " + version;
        }
    }

    /** A response: its status, HTTP version ("1.1"), headers (a case-insensitive dictionary) and request. */
    record Response(int statusCode, String version, HeaderDictionary headers, Request request) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return RESPONSE_TYPE;
        }

        @Override
        public String toString() {
            return "StatusCode: " + statusCode + ", ReasonPhrase: '" + HttpStatus.reasonPhrase(statusCode)
                    + "', Version: " + version;
        }
    }

    /** pwsh's HttpResponseException: "Response status code does not indicate success: 404 (Not Found)." */
    static final class ResponseException extends ExceptionValue {
        private final Response response;

        ResponseException(Response response) {
            super(RESPONSE_EXCEPTION_TYPE, "Response status code does not indicate success: " + response.statusCode
                    + " (" + HttpStatus.reasonPhrase(response.statusCode) + ").", null);
            this.response = response;
        }
    }
}
