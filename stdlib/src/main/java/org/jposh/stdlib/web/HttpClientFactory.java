package org.jposh.stdlib.web;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jposh.interpreter.runtime.PSCredential;

/**
 * Builds the JDK HTTP client a session's requests go through. Redirections are never followed by the client:
 * the cmdlet follows them itself, with .NET's rules (see WebRequestCmdlet). A session keeps its client while
 * the settings stay the same, as pwsh keeps its HttpClient.
 */
final class HttpClientFactory {
    private HttpClientFactory() {
    }

    /** What a client is built from; a request with other settings gets a new client. */
    record Settings(Duration connectTimeout, boolean noProxy, URI proxy, boolean skipCertificateCheck,
                    PSCredential credential) {
    }

    /** A client and the settings it was built with. */
    record Client(Settings settings, HttpClient http) {
    }

    /** The session's client for these settings: its current one when they match, else a new one. */
    static HttpClient clientFor(WebRequestSession session, Settings settings) {
        if (session.client != null && session.client.settings().equals(settings)) {
            return session.client.http();
        }
        if (session.client != null) {
            session.client.http().shutdownNow();
        }
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(session.cookies.manager);
        if (settings.connectTimeout() != null) {
            builder.connectTimeout(settings.connectTimeout());
        }
        if (settings.noProxy()) {
            builder.proxy(HttpClient.Builder.NO_PROXY);
        } else if (settings.proxy() != null) {
            int port = settings.proxy().getPort() < 0 ? 80 : settings.proxy().getPort();
            builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(settings.proxy().getHost(), port)));
        }
        if (settings.skipCertificateCheck()) {
            builder.sslContext(trustingEveryone());
        }
        if (settings.credential() != null) {
            builder.authenticator(answering(settings.credential()));
        }
        HttpClient http = builder.build();
        session.client = new Client(settings, http);
        return http;
    }

    /** -Credential without -Authentication: sent when a server asks for it (401 with WWW-Authenticate), as .NET does. */
    private static Authenticator answering(PSCredential credential) {
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return getRequestorType() == RequestorType.SERVER
                        ? new PasswordAuthentication(credential.userName(), credential.password().toCharArray())
                        : null;
            }
        };
    }

    /**
     * -SkipCertificateCheck: any certificate, for any host name. An X509ExtendedTrustManager is trusted to make
     * the host name check itself, so one that accepts everything skips it too.
     */
    private static SSLContext trustingEveryone() {
        TrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JDK", e);
        }
    }
}
