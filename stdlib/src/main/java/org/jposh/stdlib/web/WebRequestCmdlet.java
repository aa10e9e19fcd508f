package org.jposh.stdlib.web;

import com.oracle.truffle.api.TruffleSafepoint;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.ArgumentToVersionTransformation;
import org.jposh.interpreter.commands.CredentialTransformation;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.host.ProgressRecord;
import org.jposh.interpreter.runtime.ByteArrays;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.SecureString;
import org.jposh.interpreter.runtime.ThreadMembers;
import org.jposh.interpreter.runtime.Version;
import org.jposh.interpreter.runtime.xml.XmlNode;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.ProviderException;

/**
 * What Invoke-WebRequest and Invoke-RestMethod share (pwsh's WebRequestPSCmdlet): the parameters, the
 * session, building and sending the request on the JDK's HTTP client, redirections, retries, and pwsh's
 * errors. The subclasses make their output of the response ({@link #processResponse}).
 *
 * <p>Redirections are followed here rather than by the client, with .NET's rules: at most
 * -MaximumRedirection (50 unless given), POST becoming GET after 301/302 and anything but GET/HEAD after 303,
 * the Authorization header dropped, and no https-to-http redirection without -AllowInsecureRedirect.
 * Secrets (Authorization, -Token, passwords) are never written to verbose, debug or error output.
 */
public abstract class WebRequestCmdlet extends PSCmdlet {
    static final String STANDARD_METHOD = "StandardMethod";
    static final String STANDARD_METHOD_NO_PROXY = "StandardMethodNoProxy";
    static final String CUSTOM_METHOD = "CustomMethod";
    static final String CUSTOM_METHOD_NO_PROXY = "CustomMethodNoProxy";
    /** .NET's HttpClientHandler.MaxAutomaticRedirections. */
    private static final int DEFAULT_MAXIMUM_REDIRECTION = 50;
    /** pwsh's StreamHelper.ChunkSize and the activity id of its progress records. */
    private static final int CHUNK_SIZE = 10000;
    private static final int PROGRESS_ACTIVITY_ID = 174593042;
    private static final Pattern LINK_HEADER = Pattern.compile(
            "<(?<url>.*?)>;\\s*rel=(?:\"(?<quoted>.*?)\"|(?<rel>[^,;]*))");

    @Parameter(position = 0, mandatory = true)
    @ValidateNotNullOrEmpty
    private URI uri;

    @Parameter
    @TransformArgument(ArgumentToVersionTransformation.class)
    private Version httpVersion;

    @Parameter
    private WebRequestSession webSession;

    @Parameter
    @Alias("SV")
    private String sessionVariable;

    @Parameter
    private boolean allowUnencryptedAuthentication;

    @Parameter
    private WebAuthenticationType authentication = WebAuthenticationType.None;

    @Parameter
    @TransformArgument(CredentialTransformation.class)
    private PSCredential credential;

    @Parameter
    private boolean skipCertificateCheck;

    @Parameter
    private SecureString token;

    @Parameter
    private String userAgent;

    @Parameter
    @Alias("TimeoutSec")
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int connectionTimeoutSeconds;

    @Parameter
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int operationTimeoutSeconds;

    @Parameter
    private Map<?, ?> headers;

    @Parameter
    private boolean skipHeaderValidation;

    @Parameter
    private boolean allowInsecureRedirect;

    @Parameter
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int maximumRedirection = -1;

    @Parameter
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int maximumRetryCount;

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int retryIntervalSec = 5;

    @Parameter
    private boolean preserveAuthorizationOnRedirect;

    @Parameter(parameterSetName = STANDARD_METHOD)
    @Parameter(parameterSetName = STANDARD_METHOD_NO_PROXY)
    private WebRequestMethod method = WebRequestMethod.Default;

    @Parameter(parameterSetName = CUSTOM_METHOD, mandatory = true)
    @Parameter(parameterSetName = CUSTOM_METHOD_NO_PROXY, mandatory = true)
    @Alias("CM")
    @ValidateNotNullOrEmpty
    private String customMethod;

    @Parameter
    private boolean preserveHttpMethodOnRedirect;

    @Parameter(parameterSetName = STANDARD_METHOD_NO_PROXY, mandatory = true)
    @Parameter(parameterSetName = CUSTOM_METHOD_NO_PROXY, mandatory = true)
    private boolean noProxy;

    @Parameter(parameterSetName = STANDARD_METHOD)
    @Parameter(parameterSetName = CUSTOM_METHOD)
    private URI proxy;

    @Parameter(valueFromPipeline = true)
    private Object body;

    @Parameter
    private Map<?, ?> form;

    @Parameter
    private String contentType;

    @Parameter
    @ValidateNotNullOrEmpty
    private String inFile;

    @Parameter
    @ValidateNotNullOrEmpty
    private String outFile;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean resume;

    @Parameter
    private boolean skipHttpErrorCheck;

    private WebRequestSession session;
    private Path qualifiedOutFile;
    private Path inFilePath;
    private HttpClient.Version requestVersion;
    /** -Resume: the length of the file when the request asked for the rest of it. */
    private long resumeFileSize;
    /** -Resume: the server sent the rest of the file (206), which is appended to it. */
    private boolean resumeSucceeded;

    /** Makes the cmdlet's output of a response whose status passed the check. */
    abstract void processResponse(Exchange exchange);

    /** Whether to parse the Link header into RelationLink and -FollowRelLink's next page. */
    abstract boolean parsesRelationLinks();

    /** Invoke-RestMethod's -FollowRelLink: how many pages to fetch at most, following rel="next" (0: no following). */
    int maximumFollowRelLink() {
        return 0;
    }

    @Override
    protected void processRecord() {
        checkNetworkAccess();
        validateParameters();
        prepareSession();
        boolean persistent = webSession != null || sessionVariable != null;
        try {
            HttpClient client = HttpClientFactory.clientFor(session, new HttpClientFactory.Settings(
                    connectionTimeoutSeconds > 0 ? Duration.ofSeconds(connectionTimeoutSeconds) : null, noProxy,
                    proxy, skipCertificateCheck, session.credential));
            URI target = prepareUri();
            int followed = 0;
            int maximumFollow = maximumFollowRelLink();
            do {
                if (followed > 0) {
                    writeVerbose("Following rel link " + target);
                }
                Exchange exchange = getResponse(client, target, followed > 0);
                try {
                    checkStatus(exchange, resumeIsComplete(exchange));
                    processResponse(exchange);
                    if (exchange.maximumRedirectionReached()) {
                        ErrorRecord error = errorRecord("Operation is not valid due to the current state of the object.",
                                "MaximumRedirectExceeded", ErrorCategory.InvalidOperation, exchange.request,
                                "InvalidOperationException");
                        error.setErrorDetails("The maximum redirection count has been exceeded. To increase the "
                                + "number of redirections allowed, supply a higher value to the -MaximumRedirection "
                                + "parameter.");
                        writeError(error);
                    }
                } finally {
                    exchange.close();
                }
                String next = exchange.relationLink == null ? null : (String) exchange.relationLink.get("next");
                if (maximumFollow == 0 || next == null) {
                    break;
                }
                target = URI.create(next);
                followed++;
            } while (followed < maximumFollow);
        } finally {
            if (!persistent && session.client != null) {
                session.client.http().shutdownNow();
                session.client = null;
            }
        }
    }

    // ---- parameters and session (pwsh's ValidateParameters and PrepareSession) ----

    private void validateParameters() {
        if (webSession != null && sessionVariable != null) {
            throw validationError("The cmdlet cannot run because the following conflicting parameters are specified: "
                    + "Session and SessionVariable. Specify either Session or SessionVariable, then retry.",
                    "WebCmdletSessionConflictException");
        }
        if (authentication != WebAuthenticationType.None && token != null && credential != null) {
            throw validationError("The cmdlet cannot run because the following conflicting parameters are specified: "
                    + "Credential and Token. Specify either Credential or Token, then retry.",
                    "WebCmdletAuthenticationTokenConflictException");
        }
        if (authentication == WebAuthenticationType.Basic && credential == null) {
            throw validationError("The cmdlet cannot run because the following parameter is not specified: Credential. "
                    + "The supplied Authentication type requires a Credential. Specify Credential, then retry.",
                    "WebCmdletAuthenticationCredentialNotSuppliedException");
        }
        if ((authentication == WebAuthenticationType.OAuth || authentication == WebAuthenticationType.Bearer)
                && token == null) {
            throw validationError("The cmdlet cannot run because the following parameter is not specified: Token. The "
                    + "supplied Authentication type requires a Token. Specify Token, then retry.",
                    "WebCmdletAuthenticationTokenNotSuppliedException");
        }
        if (!allowUnencryptedAuthentication && (authentication != WebAuthenticationType.None || credential != null)
                && !"https".equalsIgnoreCase(scheme())) {
            throw validationError("The cmdlet cannot protect plain text secrets sent over unencrypted connections. To "
                    + "suppress this warning and send plain text secrets over unencrypted networks, reissue the command "
                    + "specifying the AllowUnencryptedAuthentication parameter.",
                    "WebCmdletAllowUnencryptedAuthenticationRequiredException");
        }
        if (body != null && inFile != null) {
            throw validationError("The cmdlet cannot run because the following conflicting parameters are specified: "
                    + "Body and InFile. Specify either Body or Infile, then retry.", "WebCmdletBodyConflictException");
        }
        // pwsh's messages end with two spaces
        if (body != null && form != null) {
            throw validationError("The cmdlet cannot run because the following conflicting parameters are specified: "
                    + "Body and Form. Specify either Body or Form, then retry.  ", "WebCmdletBodyFormConflictException");
        }
        if (inFile != null && form != null) {
            throw validationError("The cmdlet cannot run because the following conflicting parameters are specified: "
                    + "InFile and Form. Specify either InFile or Form, then retry.  ",
                    "WebCmdletFormInFileConflictException");
        }
        if (inFile != null) {
            inFilePath = resolveInFile();
        }
        if (passThru && outFile == null) {
            throw outFileMissing("PassThru");
        }
        if (resume && outFile == null) {
            throw outFileMissing("Resume");
        }
        if (outFile != null) {
            qualifiedOutFile = resolve(outFile, true);
        }
        if (resume && Files.isDirectory(qualifiedOutFile)) {
            throw validationError("The Resume switch can only be used if OutFile targets a file but it resolves to a "
                    + "directory: " + qualifiedOutFile + ".", "WebCmdletResumeNotFilePathException");
        }
        requestVersion = requestVersion();
    }

    private RuntimeException outFileMissing(String parameter) {
        throw validationError("The cmdlet cannot run because the following parameter is missing: OutFile. Provide a "
                + "valid OutFile parameter value when using the " + parameter + " parameter, then retry.",
                "WebCmdletOutFileMissingException");
    }

    /**
     * The JDK's version for -HttpVersion: 1.0 and 1.1 are HTTP/1.1 (the JDK's client cannot send HTTP/1.0),
     * 2.0 is HTTP/2 (over http:// the JDK asks to upgrade, and stays on HTTP/1.1 when the server declines).
     * HTTP/3 is not in the JDK's client.
     */
    private HttpClient.Version requestVersion() {
        if (httpVersion == null || httpVersion.major() == 1 && httpVersion.minor() <= 1) {
            return HttpClient.Version.HTTP_1_1;
        }
        if (httpVersion.major() == 2 && httpVersion.minor() == 0) {
            return HttpClient.Version.HTTP_2;
        }
        throw throwTerminatingError(errorRecord("HTTP version " + httpVersion + " is not supported: JPosh's HTTP client "
                + "(the JDK's) speaks HTTP/1.0 and 1.1 (both sent as HTTP/1.1) and HTTP/2.0.",
                "WebCmdletHttpVersionNotSupported", ErrorCategory.NotImplemented, httpVersion,
                "NotSupportedException"));
    }

    /** The scheme the request will use: a URI without one is taken as http, as pwsh's CheckProtocol does. */
    private String scheme() {
        return uri.isAbsolute() ? uri.getScheme() : "http";
    }

    private Path resolveInFile() {
        Path path = resolve(inFile, false);
        if (!Files.exists(path)) {
            throw throwTerminatingError(errorRecord("Cannot find path '" + path + "' because it does not exist.",
                    "PathNotFound", ErrorCategory.ObjectNotFound, inFile, "ItemNotFoundException"));
        }
        if (Files.isDirectory(path)) {
            throw validationError("Path '" + inFile + "' resolves to a directory. Specify a path including a file name, "
                    + "and then retry the command.", "WebCmdletInFileNotFilePathException");
        }
        return path;
    }

    private Path resolve(String path, boolean literal) {
        try {
            return new FileSystemProvider(sessionState()).resolveFilePath(path, literal);
        } catch (ProviderException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.errorId(), e.category(), e.target(),
                    e.exceptionType()));
        }
    }

    private RuntimeException validationError(String message, String errorId) {
        throw throwTerminatingError(errorRecord(message, errorId, ErrorCategory.InvalidArgument, null,
                "ValidationMetadataException"));
    }

    private void prepareSession() {
        session = webSession != null ? webSession : new WebRequestSession();
        if (sessionVariable != null) {
            sessionState().currentScope().set(sessionVariable.startsWith("$") ? sessionVariable.substring(1)
                    : sessionVariable, session);
        }
        if (credential != null && authentication == WebAuthenticationType.None) {
            session.credential = credential;
        } else if (authentication == WebAuthenticationType.Basic) {
            String pair = credential.userName() + ":" + new String(credential.password().toCharArray());
            session.headers.put(HttpHeaderNames.AUTHORIZATION, "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        } else if (authentication == WebAuthenticationType.Bearer || authentication == WebAuthenticationType.OAuth) {
            session.headers.put(HttpHeaderNames.AUTHORIZATION, "Bearer " + new String(token.toCharArray()));
        }
        if (userAgent != null) {
            session.userAgent = userAgent;
        }
        if (maximumRedirection > -1) {
            session.maximumRedirection = maximumRedirection;
        }
        if (headers != null) {
            for (Map.Entry<?, ?> entry : headers.entrySet()) {
                if (entry.getValue() != null) {
                    session.headers.put(LanguagePrimitives.toStringValue(entry.getKey()),
                            LanguagePrimitives.toStringValue(entry.getValue()));
                }
            }
        }
        if (maximumRetryCount > 0) {
            session.maximumRetryCount = maximumRetryCount;
            session.retryIntervalInSeconds = retryIntervalSec;
        }
    }

    // ---- the request ----

    /** The request URI: http:// added to a URI without a scheme; a dictionary body of a GET as its query string. */
    private URI prepareUri() {
        String text = uri.isAbsolute() ? uri.toString() : "http://" + uri;
        URI target;
        try {
            target = new URI(text);
        } catch (URISyntaxException e) {
            throw throwTerminatingError(errorRecord("Invalid URI: The hostname could not be parsed.",
                    "System.UriFormatException", ErrorCategory.NotSpecified, null, "UriFormatException"));
        }
        if (PSObject.base(body) instanceof Map<?, ?> dictionary && isGet()) {
            String query = target.getRawQuery();
            String added = formEncode(dictionary);
            target = URI.create(text.split("[?#]", 2)[0] + "?" + (query == null || query.isEmpty() ? "" : query + "&")
                    + added + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment()));
            body = null;
        }
        return target;
    }

    private boolean isGet() {
        return customMethod == null ? method == WebRequestMethod.Default || method == WebRequestMethod.Get
                : customMethod.equalsIgnoreCase("GET");
    }

    private String httpMethod() {
        return customMethod != null ? customMethod.toUpperCase(Locale.ROOT) : method.httpName();
    }

    /** pwsh's FormatDictionary: key=value pairs joined with &, both URL-encoded as WebUtility.UrlEncode does. */
    private static String formEncode(Map<?, ?> dictionary) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<?, ?> entry : dictionary.entrySet()) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(LanguagePrimitives.toStringValue(entry.getKey()), StandardCharsets.UTF_8))
                    .append('=');
            if (entry.getValue() != null) {
                sb.append(URLEncoder.encode(LanguagePrimitives.toStringValue(entry.getValue()), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    /** The request content (pwsh's FillRequestStream), or null for a request without one. */
    private byte[] content(String requestMethod, Map<String, String> contentHeaders) {
        Object value = PSObject.base(body);
        if (value != null) {
            if (value instanceof Map<?, ?> dictionary) {
                return encode(formEncode(dictionary), contentHeaders);
            } else if (value instanceof Byte[] bytes) {
                return ByteArrays.unbox(bytes);
            } else if (value instanceof XmlNode node) {
                return node.outerXml().getBytes(StandardCharsets.UTF_8);
            }
            return encode(LanguagePrimitives.toStringValue(value), contentHeaders);
        }
        if (inFilePath != null) {
            try {
                return Files.readAllBytes(inFilePath);
            } catch (IOException e) {
                throw throwTerminatingError(errorRecord("Access to the path '" + inFile + "' is denied.",
                        "System.UnauthorizedAccessException", ErrorCategory.NotSpecified, null,
                        "UnauthorizedAccessException"));
            }
        }
        // Empty content has a meaning for PUT and the like; a GET gets none unless a content type was given.
        return requestMethod.equals("GET") && contentType == null ? null : new byte[0];
    }

    /** Text content in the Content-Type's charset, UTF-8 when it names none. */
    private byte[] encode(String text, Map<String, String> contentHeaders) {
        String charset = ContentHelper.charset(contentHeaders.get(HttpHeaderNames.CONTENT_TYPE));
        Charset encoding = StandardCharsets.UTF_8;
        if (charset != null) {
            try {
                encoding = Charset.forName(charset);
            } catch (IllegalArgumentException e) {
                if (skipHeaderValidation) {
                    return text.getBytes(encoding);
                }
                throw throwTerminatingError(errorRecord("The cmdlet cannot run because the -ContentType parameter is "
                        + "not a valid Content-Type header. Specify a valid Content-Type for -ContentType, then retry. "
                        + "To suppress header validation, supply the -SkipHeaderValidation parameter.",
                        "WebCmdletContentTypeException", ErrorCategory.InvalidArgument, contentType,
                        "ValidationMetadataException"));
            }
        }
        return text.getBytes(encoding);
    }

    private HttpRequest buildRequest(URI target, String requestMethod, boolean isRedirect) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).expectContinue(false).version(requestVersion);
        if (connectionTimeoutSeconds > 0) {
            builder.timeout(Duration.ofSeconds(connectionTimeoutSeconds));
        }
        Map<String, String> contentHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String acceptEncoding = null;
        for (Map.Entry<Object, Object> entry : session.headers.entrySet()) {
            String name = (String) entry.getKey();
            String value = (String) entry.getValue();
            if (HttpHeaderNames.isContentHeader(name)) {
                contentHeaders.put(name, value);
            } else if (name.equalsIgnoreCase(HttpHeaderNames.ACCEPT_ENCODING)) {
                acceptEncoding = value;
            } else if (!(isRedirect && !preserveAuthorizationOnRedirect
                    && name.equalsIgnoreCase(HttpHeaderNames.AUTHORIZATION))) {
                header(builder, name, value);
            }
        }
        if (!session.headers.containsKey(HttpHeaderNames.USER_AGENT)) {
            header(builder, HttpHeaderNames.USER_AGENT, session.userAgent);
        }
        header(builder, HttpHeaderNames.ACCEPT_ENCODING, ResponseDecoding.acceptEncoding(acceptEncoding));
        if (resume) {
            resumeFileSize = Files.isRegularFile(qualifiedOutFile) ? size(qualifiedOutFile) : 0;
            header(builder, "Range", "bytes=" + resumeFileSize + "-");
        }
        if (contentType != null) {
            contentHeaders.put(HttpHeaderNames.CONTENT_TYPE, contentType);
        } else if (requestMethod.equals("POST") && !contentHeaders.containsKey(HttpHeaderNames.CONTENT_TYPE)) {
            contentHeaders.put(HttpHeaderNames.CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        HttpRequest.BodyPublisher content;
        if (form != null) {
            // The form's own Content-Type (with its boundary) replaces every content header, as in pwsh
            MultipartForm multipart = multipartForm();
            contentHeaders.clear();
            contentHeaders.put(HttpHeaderNames.CONTENT_TYPE, multipart.contentType());
            content = multipart.body();
        } else {
            byte[] bytes = content(requestMethod, contentHeaders);
            content = bytes == null ? null : HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        if (content == null) {
            builder.method(requestMethod, HttpRequest.BodyPublishers.noBody());
        } else {
            for (Map.Entry<String, String> entry : contentHeaders.entrySet()) {
                if (!entry.getValue().isBlank()) {
                    header(builder, entry.getKey(), entry.getValue());
                }
            }
            builder.method(requestMethod, content);
        }
        return builder.build();
    }

    private MultipartForm multipartForm() {
        try {
            return MultipartForm.of(form);
        } catch (FileNotFoundException e) {
            throw throwTerminatingError(errorRecord("Could not find file '" + e.getMessage() + "'.",
                    "System.IO.FileNotFoundException", ErrorCategory.NotSpecified, null, "FileNotFoundException"));
        }
    }

    private long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "System.IO.IOException", ErrorCategory.ReadError,
                    file.toString(), "IOException"));
        }
    }

    /**
     * Adds a header. .NET checks the values of the headers it knows; of those JPosh checks the User-Agent (a
     * list of products and comments), unless -SkipHeaderValidation. The JDK's client refuses some headers and
     * values (line breaks) whatever the switch says.
     */
    private void header(HttpRequest.Builder builder, String name, String value) {
        if (!skipHeaderValidation && name.equalsIgnoreCase(HttpHeaderNames.USER_AGENT)
                && !UserAgent.isValid(value)) {
            throw throwTerminatingError(errorRecord("The format of value '" + value + "' is invalid.",
                    "System.FormatException", ErrorCategory.NotSpecified, null, "FormatException"));
        }
        try {
            builder.setHeader(name, value);
        } catch (IllegalArgumentException e) {
            throw throwTerminatingError(errorRecord("The header '" + name + "' cannot be sent: the JDK's HTTP client "
                    + "does not allow it (" + e.getMessage() + ").", "WebCmdletHeaderNotSupported",
                    ErrorCategory.InvalidArgument, name, "ArgumentException"));
        }
    }

    // ---- sending: redirections and retries (pwsh's GetResponse) ----

    private Exchange getResponse(HttpClient client, URI target, boolean isRelLink) {
        int retriesLeft = session.maximumRetryCount;
        while (true) {
            Exchange exchange = followRedirections(client, target, isRelLink);
            if (resume && exchange.response.statusCode() == HttpStatus.RANGE_NOT_SATISFIABLE
                    && remoteLength(exchange) >= 0 && remoteLength(exchange) != resumeFileSize) {
                exchange.close();
                writeVerbose("The remote server indicated it could not resume downloading. The local file will be "
                        + "overwritten.");
                resume = false;
                exchange = followRedirections(client, target, isRelLink);
            }
            int code = exchange.response.statusCode();
            resumeSucceeded = code == HttpStatus.PARTIAL_CONTENT;
            if (retriesLeft == 0 || HttpStatus.isSuccess(code) || !(code == 304 || code >= 400 && code <= 599)) {
                return exchange;
            }
            int interval = session.retryIntervalInSeconds;
            if (code == 429) {
                String retryAfter = exchange.headers.firstValue("Retry-After").orElse(null);
                try {
                    interval = retryAfter == null ? interval : Integer.parseInt(retryAfter.strip());
                } catch (NumberFormatException e) {
                    // pwsh ignores a Retry-After that is not a number of seconds
                }
            }
            writeVerbose("Retrying after interval of " + interval + " seconds. Status code for previous attempt: "
                    + HttpStatus.of(code));
            exchange.close();
            ThreadMembers.sleepInterruptibly(interval * 1000L);
            retriesLeft--;
        }
    }

    private Exchange followRedirections(HttpClient client, URI target, boolean isRelLink) {
        String requestMethod = httpMethod();
        int redirectionsLeft = session.maximumRedirection < 0 ? DEFAULT_MAXIMUM_REDIRECTION : session.maximumRedirection;
        boolean redirected = isRelLink;
        while (true) {
            HttpRequest request = buildRequest(target, requestMethod, redirected);
            HttpMessages.Request shown = new HttpMessages.Request(requestMethod, target, versionText(requestVersion));
            writeVerbose(requestVerbose(request, target));
            HttpResponse<InputStream> response = send(client, request, shown);
            int code = response.statusCode();
            String location = response.headers().firstValue("Location").orElse(null);
            if (!HttpStatus.isRedirect(code) || location == null) {
                return new Exchange(shown, response, false, readTimeout());
            }
            URI next = target.resolve(location.strip());
            if ("https".equalsIgnoreCase(target.getScheme()) && "http".equalsIgnoreCase(next.getScheme())
                    && !allowInsecureRedirect) {
                closeQuietly(response.body());
                ErrorRecord error = errorRecord("Operation is not valid due to the current state of the object.",
                        "InsecureRedirection", ErrorCategory.InvalidOperation, shown, "InvalidOperationException");
                error.setErrorDetails("Cannot follow an insecure redirection by default. Reissue the command specifying "
                        + "the -AllowInsecureRedirect switch.");
                throw throwTerminatingError(error);
            }
            if (redirectionsLeft == 0) {
                return new Exchange(shown, response, session.maximumRedirection == 0, readTimeout());
            }
            redirectionsLeft--;
            closeQuietly(response.body());
            if (!preserveHttpMethodOnRedirect && requiresGet(code, requestMethod)) {
                requestMethod = "GET";
                body = null;
                inFilePath = null;
                form = null;
            }
            target = next;
            redirected = true;
        }
    }

    private Duration readTimeout() {
        return operationTimeoutSeconds > 0 ? Duration.ofSeconds(operationTimeoutSeconds) : null;
    }

    /** A version as .NET's Version prints it. */
    static String versionText(HttpClient.Version version) {
        return version == HttpClient.Version.HTTP_2 ? "2.0" : "1.1";
    }

    /**
     * -Resume of a file that is already whole: the server's 416 (Range Not Satisfiable) gives a length that is the
     * file's. As in pwsh, that is a success, the file is left alone, and the response goes to the pipeline.
     */
    private boolean resumeIsComplete(Exchange exchange) {
        if (!resume || exchange.response.statusCode() != HttpStatus.RANGE_NOT_SATISFIABLE
                || remoteLength(exchange) != resumeFileSize) {
            return false;
        }
        writeVerbose("The file will not be re-downloaded because the remote file is the same size as the OutFile: "
                + outFile);
        qualifiedOutFile = null;
        return true;
    }

    /** The complete length a Content-Range gives ({@code bytes 0-99/1234}, {@code bytes *}{@code /1234}), or -1. */
    private static long remoteLength(Exchange exchange) {
        String range = exchange.headers.firstValue("Content-Range").orElse("");
        int slash = range.lastIndexOf('/');
        try {
            return slash < 0 ? -1 : Long.parseLong(range.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** .NET's RedirectHandler: POST becomes GET after 300, 301 and 302; anything but GET and HEAD after 303. */
    private static boolean requiresGet(int code, String requestMethod) {
        if (code == 300 || code == 301 || code == 302) {
            return requestMethod.equals("POST");
        }
        return code == 303 && !requestMethod.equals("GET") && !requestMethod.equals("HEAD");
    }

    /** pwsh's verbose line for a request: the URI without its query, whose length alone is told. */
    private static String requestVerbose(HttpRequest request, URI target) {
        StringBuilder sb = new StringBuilder("WebRequest: v").append(versionText(request.version().orElseThrow()))
                .append(' ').append(request.method()).append(' ')
                .append(target.getScheme()).append("://").append(target.getRawAuthority())
                .append(target.getRawPath() == null ? "" : target.getRawPath());
        String query = target.getRawQuery();
        if (query != null && !query.isEmpty()) {
            sb.append(" with query length ").append(query.length());
        }
        request.bodyPublisher().ifPresent(p -> {
            if (p.contentLength() > 0) {
                sb.append(" with body size ").append(ContentHelper.humanReadableSize(p.contentLength()));
            }
        });
        return sb.toString();
    }

    /**
     * Sends the request, waiting interruptibly (stopping the pipeline cancels it) until the response's headers
     * are in; failures become pwsh's errors.
     */
    private HttpResponse<InputStream> send(HttpClient client, HttpRequest request, HttpMessages.Request shown) {
        CompletableFuture<HttpResponse<InputStream>> pending = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream());
        List<HttpResponse<InputStream>> result = new ArrayList<>(1);
        try {
            TruffleSafepoint.setBlockedThreadInterruptible(null, future -> {
                try {
                    result.add(future.get());
                } catch (ExecutionException e) {
                    throw new SendFailure(e.getCause());
                }
            }, pending);
        } catch (SendFailure e) {
            throw sendError(e.getCause(), shown);
        } finally {
            if (result.isEmpty()) {
                pending.cancel(true);
            }
        }
        return result.getFirst();
    }

    /** An exception of the client, carried out of the blocked section. */
    private static final class SendFailure extends RuntimeException {
        SendFailure(Throwable cause) {
            super(null, cause, false, false);
        }
    }

    private RuntimeException sendError(Throwable cause, HttpMessages.Request shown) {
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            throw throwTerminatingError(errorRecord("The request was canceled due to the configured HttpClient.Timeout "
                    + "of " + connectionTimeoutSeconds + " seconds elapsing.", "ConnectionTimeoutReached",
                    ErrorCategory.OperationTimeout, null, "System.Threading.Tasks.TaskCanceledException"));
        }
        String hostAndPort = shown.uri().getHost() + ":" + port(shown.uri());
        String message;
        String details;
        if (causedBy(cause, UnresolvedAddressException.class) || causedBy(cause, java.net.UnknownHostException.class)) {
            details = "Name or service not known";
            message = details + " (" + hostAndPort + ")";
        } else if (cause instanceof ConnectException) {
            details = "Connection refused";
            message = details + " (" + hostAndPort + ")";
        } else if (causedBy(cause, SSLException.class)) {
            message = "The SSL connection could not be established, see inner exception.";
            details = rootMessage(cause);
        } else {
            message = "An error occurred while sending the request.";
            details = rootMessage(cause);
        }
        throw fail(HttpMessages.requestException(message), shown, details);
    }

    private static int port(URI target) {
        return target.getPort() >= 0 ? target.getPort() : "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    /** A terminating WebCmdletWebResponseException error with the exception given, its details the message shown. */
    private RuntimeException fail(ExceptionValue exception, HttpMessages.Request request, String details) {
        ErrorRecord error = errorRecord(exception.message(), "WebCmdletWebResponseException",
                ErrorCategory.InvalidOperation, request, "InvalidOperationException").withException(exception);
        if (details != null && !details.isEmpty()) {
            error.setErrorDetails(details);
        }
        throw throwTerminatingError(error);
    }

    // ---- the response ----

    /** A status that is not a success ends the command (unless -SkipHttpErrorCheck) with the body as its details. */
    private void checkStatus(Exchange exchange, boolean success) {
        if (success || skipHttpErrorCheck || HttpStatus.isSuccess(exchange.response.statusCode())) {
            if (parsesRelationLinks()) {
                exchange.relationLink = relationLinks(exchange);
            }
            return;
        }
        String text = ContentHelper.decode(readBody(exchange, false), ContentHelper.charset(exchange.contentType()));
        throw fail(new HttpMessages.ResponseException(exchange.message()), exchange.request,
                ContentHelper.errorMessage(text, ContentHelper.mediaType(exchange.contentType())));
    }

    /** pwsh's ParseLinkHeader: the Link header's URIs (made absolute) by their rel, the first of each rel kept. */
    private static HeaderDictionary relationLinks(Exchange exchange) {
        HeaderDictionary links = HeaderDictionary.singleValued();
        for (String header : exchange.headers.allValues("Link")) {
            Matcher m = LINK_HEADER.matcher(header);
            while (m.find()) {
                String url = m.group("url");
                String rel = m.group("quoted") != null ? m.group("quoted") : m.group("rel");
                if (!url.isEmpty() && !rel.isEmpty() && !links.containsKey(rel)) {
                    links.put(rel, exchange.request.uri().resolve(url).toString());
                }
            }
        }
        return links;
    }

    /**
     * The whole body. With {@code progress}, a progress record after each chunk read (pwsh's "Reading web
     * response stream"), and one marking it completed.
     */
    final byte[] readBody(Exchange exchange, boolean progress) {
        long length = exchange.headers.firstValueAsLong(HttpHeaderNames.CONTENT_LENGTH).orElse(-1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length > 0 && length < CHUNK_SIZE * 10 ? (int) length
                : CHUNK_SIZE);
        copy(exchange, out, length, progress ? "Reading web response stream" : null);
        return out.toByteArray();
    }

    /** Writes the body to -OutFile (a directory gets the last segment of the URI as the file name). */
    final void saveToOutFile(Exchange exchange, byte[] bodyRead) {
        Path file = outFilePath(exchange);
        writeVerbose("File Name: " + file.getFileName());
        // -Resume appends what the server sent after the file's length (206); any other answer replaces the file
        try (OutputStream out = resumeSucceeded
                ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newOutputStream(file)) {
            if (bodyRead != null) {
                out.write(bodyRead);
            } else {
                copy(exchange, out, exchange.headers.firstValueAsLong(HttpHeaderNames.CONTENT_LENGTH).orElse(-1),
                        "Web request status");
            }
        } catch (IOException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "System.IO.IOException", ErrorCategory.WriteError,
                    file.toString(), "IOException"));
        }
    }

    final Path outFilePath(Exchange exchange) {
        if (qualifiedOutFile == null) {
            return null;
        }
        if (Files.isDirectory(qualifiedOutFile)) {
            String path = exchange.request.uri().getPath();
            String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
            return qualifiedOutFile.resolve(last);
        }
        return qualifiedOutFile;
    }

    private void copy(Exchange exchange, OutputStream out, long length, String progressActivity) {
        byte[] buffer = new byte[CHUNK_SIZE];
        long total = 0;
        String totalSize = length < 0 ? "???" : ContentHelper.humanReadableSize(length);
        try (InputStream in = exchange.body) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                total += read;
                if (progressActivity != null) {
                    writeProgress(0, new ProgressRecord(PROGRESS_ACTIVITY_ID, -1, progressActivity, "Downloaded: "
                            + ContentHelper.humanReadableSize(total) + " of " + totalSize, null,
                            length > 0 ? (int) Math.min(total * 100 / length, 100) : -1, -1, false));
                }
                checkStopping();
            }
        } catch (ReadTimeoutInputStream.Expired e) {
            throw throwTerminatingError(errorRecord("The request was canceled due to the configured OperationTimeout of "
                    + e.timeout.toSeconds() + " seconds elapsing", "OperationTimeoutReached",
                    ErrorCategory.OperationTimeout, null, "System.TimeoutException"));
        } catch (IOException e) {
            throw fail(HttpMessages.requestException("Error while copying content to a stream."), exchange.request,
                    rootMessage(e));
        }
        if (progressActivity != null) {
            writeProgress(0, new ProgressRecord(PROGRESS_ACTIVITY_ID, -1, progressActivity,
                    progressActivity.startsWith("Reading") ? "Reading web response stream completed. Bytes downloaded: "
                            + total : "Web request completed. (Number of bytes processed: " + total + ")",
                    null, 100, -1, true));
        }
    }

    final boolean savesToOutFile() {
        return qualifiedOutFile != null;
    }

    final boolean writesToPipeline() {
        return qualifiedOutFile == null || passThru;
    }

    final void setVariable(String name, Object value) {
        sessionState().currentScope().set(name.startsWith("$") ? name.substring(1) : name, value);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    /** A response and the request it answers; the body is read once, by whoever needs it. */
    static final class Exchange {
        final HttpMessages.Request request;
        final HttpResponse<InputStream> response;
        /** The headers scripts see: a compressed body's without its Content-Length and last Content-Encoding. */
        final HttpHeaders headers;
        /** The body, decompressed, each read within -OperationTimeoutSeconds when given. */
        final InputStream body;
        private final boolean maximumRedirectionReached;
        private HttpMessages.Response message;
        HeaderDictionary relationLink;

        Exchange(HttpMessages.Request request, HttpResponse<InputStream> response, boolean maximumRedirectionReached,
                 Duration readTimeout) {
            this.request = request;
            this.response = response;
            this.maximumRedirectionReached = maximumRedirectionReached;
            String coding = ResponseDecoding.coding(response.headers());
            InputStream raw = readTimeout == null ? response.body()
                    : new ReadTimeoutInputStream(response.body(), readTimeout);
            this.body = coding == null ? raw : ResponseDecoding.decode(raw, coding);
            this.headers = coding == null ? response.headers() : ResponseDecoding.decodedHeaders(response.headers());
        }

        /** Whether -MaximumRedirection 0 stopped at a redirection, which pwsh reports after the output. */
        boolean maximumRedirectionReached() {
            return maximumRedirectionReached;
        }

        String contentType() {
            return headers.firstValue(HttpHeaderNames.CONTENT_TYPE).orElse(null);
        }

        /** The response as scripts see it: headers with .NET's names, content headers last. */
        HttpMessages.Response message() {
            if (message == null) {
                HeaderDictionary shown = HeaderDictionary.multiValued();
                List<Map.Entry<String, List<String>>> content = new ArrayList<>();
                for (Map.Entry<String, List<String>> entry : headers.map().entrySet()) {
                    if (entry.getKey().startsWith(":")) {
                        continue;
                    }
                    if (HttpHeaderNames.isContentHeader(entry.getKey())) {
                        content.add(entry);
                    } else {
                        shown.put(HttpHeaderNames.canonical(entry.getKey()), entry.getValue().toArray(new String[0]));
                    }
                }
                for (Map.Entry<String, List<String>> entry : content) {
                    shown.put(HttpHeaderNames.canonical(entry.getKey()), entry.getValue().toArray(new String[0]));
                }
                message = new HttpMessages.Response(response.statusCode(), versionText(response.version()), shown,
                        request);
            }
            return message;
        }

        void close() {
            closeQuietly(body);
        }
    }
}
