package org.jposh.stdlib.web;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.Uri;

/**
 * Microsoft.PowerShell.Commands.WebRequestSession, what -SessionVariable saves and -WebSession reuses: the
 * headers sent with every request (Authorization from -Authentication included, as pwsh keeps it), the
 * cookies the server set (Cookies, a System.Net.CookieContainer), the User-Agent, the credentials and the
 * maximum number of redirections. The HTTP client and its connections are kept with the session.
 */
public final class WebRequestSession implements DotNetTyped {
    private static final String TYPE_NAME = "Microsoft.PowerShell.Commands.WebRequestSession";
    static final DotNetType COOKIE_TYPE = CoreTypes.define("System.Net", "Cookie", HttpCookie.class,
            b -> b.property("Name", CoreTypes.STRING, c -> ((HttpCookie) c).getName())
                    .property("Value", CoreTypes.STRING, c -> ((HttpCookie) c).getValue())
                    .property("Domain", CoreTypes.STRING, c -> ((HttpCookie) c).getDomain())
                    .property("Path", CoreTypes.STRING, c -> ((HttpCookie) c).getPath())
                    .property("Secure", CoreTypes.BOOLEAN, c -> ((HttpCookie) c).getSecure())
                    .property("HttpOnly", CoreTypes.BOOLEAN, c -> ((HttpCookie) c).isHttpOnly())
                    .property("Expired", CoreTypes.BOOLEAN, c -> ((HttpCookie) c).hasExpired())
                    .method("ToString", CoreTypes.STRING, (c, a) -> ((HttpCookie) c).getName() + "="
                            + ((HttpCookie) c).getValue()));
    static final DotNetType COOKIES_TYPE = CoreTypes.define("System.Net", "CookieContainer", Cookies.class,
            b -> b.property("Count", CoreTypes.INT32, c -> ((Cookies) c).manager.getCookieStore().getCookies().size())
                    .method("GetCookies", CoreTypes.OBJECT_ARRAY, (c, a) -> ((Cookies) c).forUri((Uri) a[0]),
                            org.jposh.interpreter.runtime.TypeAdapter.param("uri", Uri.TYPE))
                    .method("GetAllCookies", CoreTypes.OBJECT_ARRAY, (c, a) -> ((Cookies) c).all()));
    static final DotNetType TYPE = CoreTypes.define("Microsoft.PowerShell.Commands", "WebRequestSession",
            WebRequestSession.class, b -> b
                    .property("Headers", CoreTypes.OBJECT, s -> ((WebRequestSession) s).headers)
                    .property("Cookies", COOKIES_TYPE, s -> ((WebRequestSession) s).cookies)
                    .property("UserAgent", CoreTypes.STRING, s -> ((WebRequestSession) s).userAgent,
                            (s, v) -> ((WebRequestSession) s).userAgent = LanguagePrimitives.toStringValue(v))
                    .property("Credentials", CoreTypes.OBJECT, s -> {
                        PSCredential c = ((WebRequestSession) s).credential;
                        return c == null ? null : c.networkCredential();
                    })
                    .property("MaximumRedirection", CoreTypes.INT32, s -> ((WebRequestSession) s).maximumRedirection,
                            (s, v) -> ((WebRequestSession) s).maximumRedirection =
                                    (Integer) LanguagePrimitives.convertTo(v, CoreTypes.INT32))
                    .property("MaximumRetryCount", CoreTypes.INT32, s -> ((WebRequestSession) s).maximumRetryCount,
                            (s, v) -> ((WebRequestSession) s).maximumRetryCount =
                                    (Integer) LanguagePrimitives.convertTo(v, CoreTypes.INT32))
                    .property("RetryIntervalInSeconds", CoreTypes.INT32,
                            s -> ((WebRequestSession) s).retryIntervalInSeconds,
                            (s, v) -> ((WebRequestSession) s).retryIntervalInSeconds =
                                    (Integer) LanguagePrimitives.convertTo(v, CoreTypes.INT32))
                    .constructor((t, a) -> new WebRequestSession()));

    static {
        CoreTypes.register(COOKIE_TYPE);
        CoreTypes.register(COOKIES_TYPE);
        CoreTypes.register(TYPE);
    }

    final HeaderDictionary headers = HeaderDictionary.singleValued();
    final Cookies cookies = new Cookies();
    String userAgent = UserAgent.DEFAULT;
    PSCredential credential;
    int maximumRedirection = -1;
    int maximumRetryCount;
    int retryIntervalInSeconds;
    /** The client of the last request and the settings it was built with (rebuilt when they change). */
    HttpClientFactory.Client client;

    /**
     * Makes the types scripts name before any web request known ({@code [Microsoft.PowerShell.Commands.
     * WebRequestSession]::new()}, {@code catch [System.Net.Http.HttpRequestException]}).
     */
    public static void registerTypesLazily() {
        CoreTypes.registerLazily(TYPE_NAME, () -> TYPE);
        CoreTypes.registerLazily("System.Net.Http.HttpRequestException", () -> HttpMessages.REQUEST_EXCEPTION_TYPE);
        CoreTypes.registerLazily("Microsoft.PowerShell.Commands.HttpResponseException",
                () -> HttpMessages.RESPONSE_EXCEPTION_TYPE);
        CoreTypes.registerLazily("System.Net.HttpStatusCode", () -> HttpStatus.TYPE);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    /** The session's cookies: a JDK cookie manager accepting all cookies, as .NET's CookieContainer does. */
    static final class Cookies {
        final CookieManager manager = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        private Object[] forUri(Uri uri) {
            return manager.getCookieStore().get(URI.create(uri.absoluteUri())).toArray();
        }

        private Object[] all() {
            List<HttpCookie> all = new ArrayList<>(manager.getCookieStore().getCookies());
            return all.toArray();
        }

        @Override
        public String toString() {
            return COOKIES_TYPE.fullName();
        }
    }
}
