package org.jposh.stdlib.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import org.jposh.stdlib.utility.FileCmdletsTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invoke-WebRequest and Invoke-RestMethod end to end, against the JDK's HTTP server on the loopback interface:
 * scripts run as a host runs them, their printed output and errors compared.
 */
class WebCmdletsTest {
    private static HttpServer server;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/json", e -> reply(e, 200, "application/json; charset=utf-8",
                "{\"name\":\"jposh\",\"n\":[1,2],\"inner\":{\"ok\":true}}"));
        server.createContext("/array", e -> reply(e, 200, "application/json", "[1,2,3]"));
        server.createContext("/echo", WebCmdletsTest::echo);
        server.createContext("/missing", e -> reply(e, 404, "text/html", "<html><body><p>no such thing</body></html>"));
        server.createContext("/empty404", e -> reply(e, 404, null, ""));
        server.createContext("/json500", e -> reply(e, 500, "application/json", "{\"error\":\"broken\",\"code\":7}"));
        server.createContext("/redirect", e -> redirect(e, 302, "/json"));
        server.createContext("/see-other", e -> redirect(e, 303, "/echo"));
        server.createContext("/loop", e -> redirect(e, 302, "/loop"));
        server.createContext("/basic", e -> {
            String auth = e.getRequestHeaders().getFirst("Authorization");
            if ("Basic dXNlcjpwQHNz".equals(auth)) {
                reply(e, 200, "text/plain", "welcome user");
            } else {
                e.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test\"");
                reply(e, 401, "text/plain", "");
            }
        });
        server.createContext("/bearer", e -> reply(e, 200, "text/plain",
                String.valueOf(e.getRequestHeaders().getFirst("Authorization"))));
        server.createContext("/setcookie", e -> {
            e.getResponseHeaders().add("Set-Cookie", "sid=abc123; Path=/");
            reply(e, 200, "text/plain", "set");
        });
        server.createContext("/cookie", e -> reply(e, 200, "text/plain",
                "cookie: " + e.getRequestHeaders().getFirst("Cookie")));
        server.createContext("/html", e -> {
            e.getResponseHeaders().add("Link", "<http://example.invalid/page2>; rel=\"next\"");
            reply(e, 200, "text/html; charset=utf-8", "<html><body><a href=\"/one\" id=\"first\">One</a>"
                    + "<p><a class='x' href=/two>Two</a></p><img src=\"i.png\" alt=\"pic\"><input type=\"text\" "
                    + "name=\"q\" value=\"v\"></body></html>");
        });
        server.createContext("/bytes", e -> {
            byte[] bytes = new byte[300];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            e.getResponseHeaders().add("Content-Type", "application/octet-stream");
            e.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/xml", e -> reply(e, 200, "application/xml", "<root><a>1</a><b x=\"y\">two</b></root>"));
        server.createContext("/rss", e -> reply(e, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>T"
                + "</title><item><title>first</title></item><item><title>second</title></item></channel></rss>"));
        server.createContext("/multi", e -> {
            e.getResponseHeaders().add("X-Multi", "a");
            e.getResponseHeaders().add("X-Multi", "b");
            reply(e, 200, "text/plain", "plain text");
        });
        int[] flakyCalls = {0};
        server.createContext("/flaky", e -> {
            if (flakyCalls[0]++ % 2 == 0) {
                e.getResponseHeaders().add("Retry-After", "0");
                reply(e, 429, "text/plain", "later");
            } else {
                reply(e, 200, "text/plain", "finally");
            }
        });
        server.createContext("/form", e -> {
            String type = e.getRequestHeaders().getFirst("Content-Type");
            String boundary = type.substring(type.indexOf("boundary=\"") + 10, type.length() - 1);
            String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            reply(e, 200, "text/plain", (type + "\n" + body).replace(boundary, "B").replace("\r\n", "|"));
        });
        server.createContext("/gzip", e -> compressed(e, "gzip", ResponseBody.gzip(ENCODED_TEXT)));
        server.createContext("/deflate", e -> compressed(e, "deflate", ResponseBody.deflate(ENCODED_TEXT, false)));
        server.createContext("/rawdeflate", e -> compressed(e, "deflate", ResponseBody.deflate(ENCODED_TEXT, true)));
        server.createContext("/gzipjson", e -> {
            e.getResponseHeaders().add("Content-Type", "application/json");
            compressed(e, "gzip", ResponseBody.gzip("{\"zipped\":true}"));
        });
        server.createContext("/range", e -> ranged(e, true));
        server.createContext("/norange", e -> ranged(e, false));
        server.createContext("/slow", e -> {
            e.getResponseHeaders().add("Content-Type", "text/plain");
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                out.write("start ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(Long.parseLong(e.getRequestURI().getQuery()));
                out.write("end".getBytes(StandardCharsets.UTF_8));
            } catch (InterruptedException | IOException gone) {
                // the client gave up on the body
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static void reply(HttpExchange e, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            e.getResponseHeaders().add("Content-Type", contentType);
        }
        e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final String ENCODED_TEXT = "compressed text, compressed text, compressed text";
    private static final byte[] RANGED = new byte[1000];
    private static final List<String> RANGES_ASKED = new ArrayList<>();

    static {
        for (int i = 0; i < RANGED.length; i++) {
            RANGED[i] = (byte) (i * 7);
        }
    }

    /** A compressed body, the request's Accept-Encoding echoed in X-Accept-Encoding. */
    private static void compressed(HttpExchange e, String coding, byte[] body) throws IOException {
        e.getResponseHeaders().add("X-Accept-Encoding", String.valueOf(e.getRequestHeaders().getFirst("Accept-Encoding")));
        e.getResponseHeaders().add("Content-Encoding", coding);
        if (!e.getResponseHeaders().containsKey("Content-Type")) {
            e.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        }
        e.sendResponseHeaders(200, body.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(body);
        }
    }

    /** RANGED, from the offset a Range header asks for when {@code honoursRange}: 206, or 416 past the end. */
    private static void ranged(HttpExchange e, boolean honoursRange) throws IOException {
        String range = e.getRequestHeaders().getFirst("Range");
        synchronized (RANGES_ASKED) {
            RANGES_ASKED.add(String.valueOf(range));
        }
        e.getResponseHeaders().add("Content-Type", "application/octet-stream");
        int from = honoursRange && range != null ? Integer.parseInt(range.substring(6, range.length() - 1)) : 0;
        if (from >= RANGED.length) {
            e.getResponseHeaders().add("Content-Range", "bytes */" + RANGED.length);
            e.sendResponseHeaders(416, -1);
            e.close();
            return;
        }
        if (honoursRange && range != null) {
            e.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (RANGED.length - 1) + "/" + RANGED.length);
        }
        e.sendResponseHeaders(honoursRange && range != null ? 206 : 200, RANGED.length - from);
        try (OutputStream out = e.getResponseBody()) {
            out.write(RANGED, from, RANGED.length - from);
        }
    }

    private static void redirect(HttpExchange e, int status, String location) throws IOException {
        e.getResponseHeaders().add("Location", location);
        e.sendResponseHeaders(status, -1);
        e.close();
    }

    /** The request as JSON: method, query, body, and the headers the tests look at. */
    private static void echo(HttpExchange e) throws IOException {
        String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> fields = new TreeMap<>();
        fields.put("method", e.getRequestMethod());
        fields.put("query", String.valueOf(e.getRequestURI().getRawQuery()));
        fields.put("body", body);
        for (String name : List.of("Content-Type", "X-Test", "User-Agent", "Authorization", "Upgrade")) {
            fields.put(name, String.valueOf(e.getRequestHeaders().getFirst(name)));
        }
        List<String> pairs = new ArrayList<>();
        fields.forEach((k, v) -> pairs.add("\"" + k + "\":\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        reply(e, 200, "application/json", "{" + String.join(",", pairs) + "}");
    }

    private String run(String script) {
        return FileCmdletsTest.run("$base = '" + base + "'\nSet-Location '" + dir + "'\n" + script);
    }

    @Test
    void restMethodTurnsJsonIntoObjects() {
        assertEquals("jposh 2 True\n", run("$r = Invoke-RestMethod \"$base/json\"; \"$($r.name) $($r.n.Count) "
                + "$($r.inner.ok)\""));
        assertEquals("PSCustomObject\n", run("(irm $base/json).GetType().Name"));
    }

    @Test
    void restMethodWritesAJsonArrayAsOneObjectAsPwshDoes() {
        assertEquals("1\n3\n", run("(irm $base/array | Measure-Object).Count; (irm $base/array).Count"));
    }

    @Test
    void postSendsJsonAndFormBodies() {
        assertEquals("POST application/json {\"a\":1}\n", run("$r = irm $base/echo -Method Post -ContentType "
                + "'application/json' -Body (@{a = 1} | ConvertTo-Json -Compress); \"$($r.method) $($r.'Content-Type') "
                + "$($r.body)\""));
        assertEquals("POST application/x-www-form-urlencoded name=a+b&x=%26\n", run("$r = irm $base/echo -Method Post "
                + "-Body ([ordered]@{name = 'a b'; x = '&'}); \"$($r.method) $($r.'Content-Type') $($r.body)\""));
        assertEquals("PUT text/plain; charset=utf-8 héllo\n", run("$r = irm $base/echo -Method Put -Body 'héllo' "
                + "-ContentType 'text/plain; charset=utf-8'; \"$($r.method) $($r.'Content-Type') $($r.body)\""));
    }

    @Test
    void aDictionaryBodyOfAGetIsTheQueryString() {
        assertEquals("GET q=1&name=x+y \n", run("$r = irm \"$base/echo?q=1\" -Body ([ordered]@{name = 'x y'}); "
                + "\"$($r.method) $($r.query) $($r.body)\""));
    }

    @Test
    void headersAreSentAndReceived() {
        assertEquals("yes Mozilla/5.0 True\n", run("$r = irm $base/echo -Headers @{'X-Test' = 'yes'}; "
                + "\"$($r.'X-Test') $($r.'User-Agent'.Substring(0, 11)) $($r.'User-Agent' -match 'PowerShell/7')\""));
        assertEquals("custom\n", run("(irm $base/echo -UserAgent custom).'User-Agent'"));
        assertEquals("a,b text/plain\n", run("$r = iwr $base/multi; \"$($r.Headers['x-multi'] -join ',') "
                + "$($r.Headers.'Content-Type')\""));
        assertEquals("a b\n", run("$null = irm $base/multi -ResponseHeadersVariable h; \"$($h['X-MULTI'])\""));
    }

    @Test
    void webRequestResultHasPwshsProperties() {
        String out = run("$r = Invoke-WebRequest $base/html; $r.GetType().FullName; $r.StatusCode; "
                + "$r.StatusDescription; $r.Links.Count; $r.Links[0].href; $r.Links[0].id; $r.Links[1].href; "
                + "$r.Links[1].outerHTML; $r.Images[0].alt; $r.InputFields[0].name; $r.RelationLink['next']; "
                + "$r.RawContent.Split(\"`n\")[0]; $r.RawContentLength -eq $r.Content.Length");
        assertEquals("Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject\n200\nOK\n2\n/one\nfirst\n/two\n"
                + "<a class='x' href=/two>Two</a>\npic\nq\nhttp://example.invalid/page2\nHTTP/1.1 200 OK\nTrue\n", out);
        assertEquals("Microsoft.PowerShell.Commands.WebResponseObject 300 Byte[] 255\n", run("$r = iwr $base/bytes; "
                + "\"$($r.GetType().FullName) $($r.Content.Length) $($r.Content.GetType().Name) $($r.Content[255])\""));
    }

    @Test
    void outFileSavesTheBody() throws IOException {
        assertEquals("", run("iwr $base/bytes -OutFile data.bin"));
        assertEquals(300, Files.size(dir.resolve("data.bin")));
        assertEquals("jposh\njposh\n", run("(irm $base/json -OutFile j.json -PassThru).name; "
                + "(Get-Content j.json | ConvertFrom-Json).name"));
        String error = run("iwr $base/json -PassThru");
        assertTrue(error.contains("The cmdlet cannot run because the following parameter is missing: OutFile. Provide "
                + "a valid OutFile parameter value when using the PassThru parameter, then retry."), error);
        assertTrue(error.contains("WebCmdletOutFileMissingException,Microsoft.PowerShell.Commands."
                + "InvokeWebRequestCommand"), error);
    }

    @Test
    void aStatusThatIsNotASuccessIsAnErrorWithTheBodyAsDetails() {
        String out = run("try { iwr $base/missing } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; "
                + "$_.Exception.Message; $_.ErrorDetails.Message; [int]$_.Exception.Response.StatusCode; "
                + "\"$($_.Exception.Response.StatusCode)\"; $_.CategoryInfo.Category }");
        assertEquals("WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
                + "Microsoft.PowerShell.Commands.HttpResponseException\n"
                + "Response status code does not indicate success: 404 (Not Found).\nno such thing\n404\nNotFound\n"
                + "InvalidOperation\n", out);
        String shown = run("irm $base/empty404");
        assertTrue(shown.contains("Invoke-RestMethod : Response status code does not indicate success: 404 (Not Found)."),
                shown);
        assertTrue(shown.contains("WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"),
                shown);
        assertFalse(shown.contains("at java."), shown);
        assertEquals("\n{\n  \"error\": \"broken\",\n  \"code\": 7\n}\nTrue\n", run("try { irm $base/json500 } "
                + "catch { $_.ErrorDetails.Message; $_.Exception -is [System.Net.Http.HttpRequestException] }"));
    }

    @Test
    void skipHttpErrorCheckGivesTheStatusInAVariable() {
        assertEquals("404 <html><body><p>no such thing</body></html>\n", run("$r = irm $base/missing "
                + "-SkipHttpErrorCheck -StatusCodeVariable sc; \"$sc $r\""));
        assertEquals("404\n", run("(iwr $base/missing -SkipHttpErrorCheck).StatusCode"));
    }

    @Test
    void redirectionsAreFollowedWithDotNetsRules() {
        assertEquals("jposh\n", run("(irm $base/redirect).name"));
        assertEquals("GET\n", run("(irm $base/see-other -Method Post -Body 'x').method"));
        String stopped = run("try { iwr $base/redirect -MaximumRedirection 0 } catch { $_.Exception.Message }");
        assertEquals("Response status code does not indicate success: 302 (Found).\n", stopped);
        assertEquals("302 /json\n", run("$r = iwr $base/redirect -MaximumRedirection 0 -SkipHttpErrorCheck "
                + "-ErrorAction SilentlyContinue; \"$($r.StatusCode) $($r.Headers.Location)\""));
        String looped = run("try { irm $base/loop -MaximumRedirection 3 } catch { $_.Exception.Message }");
        assertEquals("Response status code does not indicate success: 302 (Found).\n", looped);
    }

    @Test
    void credentialsOverHttpNeedAllowUnencryptedAuthentication() {
        String setUp = "$cred = [pscredential]::new('user', (ConvertTo-SecureString 'p@ss' -AsPlainText -Force))\n";
        String refused = run(setUp + "irm $base/basic -Authentication Basic -Credential $cred");
        assertTrue(refused.contains("The cmdlet cannot protect plain text secrets sent over unencrypted connections. To "
                + "suppress this warning and send plain text secrets over unencrypted networks, reissue the command "
                + "specifying the AllowUnencryptedAuthentication parameter."), refused);
        assertTrue(refused.contains("WebCmdletAllowUnencryptedAuthenticationRequiredException,Microsoft.PowerShell."
                + "Commands.InvokeRestMethodCommand"), refused);
        assertEquals("welcome user\n", run(setUp + "irm $base/basic -Authentication Basic -Credential $cred "
                + "-AllowUnencryptedAuthentication"));
        assertEquals("welcome user\n", run(setUp + "irm $base/basic -Credential $cred -AllowUnencryptedAuthentication"));
        assertEquals("Bearer s3cret\n", run("$t = ConvertTo-SecureString 's3cret' -AsPlainText -Force; "
                + "irm $base/bearer -Authentication Bearer -Token $t -AllowUnencryptedAuthentication"));
    }

    @Test
    void aSessionKeepsCookiesAndHeaders() {
        String out = run("$null = irm $base/setcookie -SessionVariable s -Headers @{'X-Test' = 'kept'}\n"
                + "irm $base/cookie -WebSession $s\n"
                + "(irm $base/echo -WebSession $s).'X-Test'\n"
                + "$s.Cookies.Count; $s.GetType().FullName; $s.Headers['x-test']\n"
                + "irm $base/cookie");
        assertEquals("cookie: sid=abc123\nkept\n1\nMicrosoft.PowerShell.Commands.WebRequestSession\nkept\n"
                + "cookie: null\n", out);
    }

    @Test
    void restMethodTurnsXmlIntoADocumentAndFeedsIntoItems() {
        assertEquals("XmlDocument 1 y\n", run("$x = irm $base/xml; \"$($x.GetType().Name) $($x.root.a) $($x.root.b.x)\""));
        assertEquals("first\nsecond\n", run("irm $base/rss | ForEach-Object { $_.title }"));
        assertEquals("plain text\n", run("irm $base/multi"));
    }

    @Test
    void connectionFailuresAreHttpRequestExceptions() {
        String out = run("try { irm http://127.0.0.1:1/ } catch { $_.FullyQualifiedErrorId; "
                + "$_.Exception.GetType().FullName; $_.Exception.Message; $_.ErrorDetails.Message }");
        assertEquals("WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\n"
                + "System.Net.Http.HttpRequestException\nConnection refused (127.0.0.1:1)\nConnection refused\n", out);
    }

    @Test
    void progressIsReportedOnlyThroughTheHost() {
        // Progress goes to the host, which shows nothing when output is redirected; the output is the object alone.
        assertEquals("300\n", run("$ProgressPreference = 'Continue'; (iwr $base/bytes).RawContentLength"));
        String stopped = run("$ProgressPreference = 'Stop'; iwr $base/bytes");
        assertTrue(stopped.contains("The running command stopped because the preference variable \"ProgressPreference\""
                + " or common parameter is set to Stop: Reading web response stream"), stopped);
    }

    @Test
    void aResponseShowsAsPwshsListView() {
        String out = run("iwr $base/multi");
        assertTrue(out.startsWith("\nStatusCode        : 200\nStatusDescription : OK\nContent           : plain text\n"
                + "RawContent        : HTTP/1.1 200 OK\n"), out);
        assertTrue(out.contains("\nImages            : {}\nInputFields       : {}\nLinks             : {}\n"
                + "RawContentLength  : 10\nRelationLink      : {}\n"), out);
    }

    @Test
    void anUnknownHostIsAnHttpRequestException() {
        assertEquals("Name or service not known (nosuch.invalid:80)\nName or service not known\n",
                run("try { iwr http://nosuch.invalid/ } catch { $_.Exception.Message; $_.ErrorDetails.Message }"));
    }

    @Test
    void retriesWaitAsRetryAfterSays() {
        assertEquals("finally\n", run("irm $base/flaky -MaximumRetryCount 1 -RetryIntervalSec 1"));
    }

    @Test
    void inFileIsSentAsTheBody() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "from a file");
        assertEquals("POST from a file\n", run("$r = irm $base/echo -Method Post -InFile in.txt; \"$($r.method) $($r.body)\""));
        String missing = run("irm $base/echo -Method Post -InFile nothere.txt");
        assertTrue(missing.contains("Cannot find path '" + dir.resolve("nothere.txt") + "' because it does not exist."),
                missing);
        String both = run("irm $base/echo -Method Post -InFile in.txt -Body x");
        assertTrue(both.contains("WebCmdletBodyConflictException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"),
                both);
    }

    private static final String TEXT_PART = "Content-Type: text/plain; charset=utf-8|Content-Disposition: form-data; ";

    @Test
    void formSendsMultipartFormDataAsDotNetWritesIt() throws IOException {
        Files.writeString(dir.resolve("up.txt"), "file body");
        assertEquals("multipart/form-data; boundary=\"B\"\n--B|" + TEXT_PART + "name=name||jposh|--B|" + TEXT_PART
                + "name=n||42|--B|Content-Disposition: form-data; name=file; filename=up.txt; filename*=utf-8''up.txt|"
                + "Content-Type: application/octet-stream||file body|--B|" + TEXT_PART + "name=tags||a|--B|" + TEXT_PART
                + "name=tags||b|--B--|\n", run("irm $base/form -Method Post -Form ([ordered]@{name = 'jposh'; n = 42; "
                + "file = (Get-Item up.txt); tags = @('a', 'b')})"));
    }

    @Test
    void formQuotesAndEncodesNamesAsDotNetDoes() throws IOException {
        Files.writeString(dir.resolve("é file.txt"), "x");
        assertEquals("multipart/form-data; boundary=\"B\"\n--B|Content-Disposition: form-data; name=\"my field\"; "
                + "filename=\"=?utf-8?B?w6kgZmlsZS50eHQ=?=\"; filename*=utf-8''%C3%A9%20file.txt|Content-Type: "
                + "application/octet-stream||x|--B|" + TEXT_PART + "name=list||1 2|--B--|\n",
                run("irm $base/form -Method Post -ContentType 'text/plain' -Form ([ordered]@{'my field' = "
                        + "[System.IO.FileInfo]::new((Join-Path $PWD 'é file.txt')); list = @(, @(1, 2))})"));
    }

    @Test
    void formConflictsAndMissingFilesAreErrors() {
        String withBody = run("irm $base/form -Method Post -Form @{a = 1} -Body 'x'");
        assertTrue(withBody.contains("The cmdlet cannot run because the following conflicting parameters are specified: "
                + "Body and Form. Specify either Body or Form, then retry."), withBody);
        assertTrue(withBody.contains("WebCmdletBodyFormConflictException,Microsoft.PowerShell.Commands."
                + "InvokeRestMethodCommand"), withBody);
        String withInFile = run("'x' | Set-Content in.txt; iwr $base/form -Method Post -Form @{a = 1} -InFile in.txt");
        assertTrue(withInFile.contains("WebCmdletFormInFileConflictException,Microsoft.PowerShell.Commands."
                + "InvokeWebRequestCommand"), withInFile);
        assertEquals("System.IO.FileNotFoundException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand\n",
                run("try { irm $base/form -Method Post -Form @{f = [System.IO.FileInfo]::new((Join-Path $PWD 'gone'))} }"
                        + " catch { $_.FullyQualifiedErrorId }"));
    }

    @Test
    void compressedBodiesAreDecodedAndTheirEncodingHeadersDropped() {
        String text = "compressed text, compressed text, compressed text";
        for (String path : List.of("gzip", "deflate", "rawdeflate")) {
            assertEquals(text + "\n" + text.length() + " False False gzip, deflate\n", run("$r = iwr $base/" + path
                    + "; $r.Content; \"$($r.RawContentLength) $($r.Headers.ContainsKey('Content-Encoding')) "
                    + "$($r.Headers.ContainsKey('Content-Length')) $($r.Headers['X-Accept-Encoding'])\""), path);
        }
        assertEquals("True\nidentity, gzip, deflate\n", run("(irm $base/gzipjson).zipped; "
                + "(iwr $base/gzip -Headers @{'Accept-Encoding' = 'identity'}).Headers['X-Accept-Encoding']"));
        assertEquals(text + "\n", run("iwr $base/gzip -OutFile z.txt; Get-Content z.txt"));
    }

    @Test
    void resumeAsksForTheRestOfTheFileAndAppendsIt() throws IOException {
        byte[] whole = new byte[1000];
        for (int i = 0; i < whole.length; i++) {
            whole[i] = (byte) (i * 7);
        }
        Path part = dir.resolve("part.bin");
        Files.write(part, java.util.Arrays.copyOf(whole, 400));
        RANGES_ASKED.clear();
        assertEquals("", run("iwr $base/range -OutFile part.bin -Resume"));
        assertEquals(List.of("bytes=400-"), RANGES_ASKED);
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(part)));

        String complete = run("$r = iwr $base/range -OutFile part.bin -Resume -Verbose 4>&1; $r | Where-Object { $_ -is "
                + "[System.Management.Automation.VerboseRecord] } | Select-Object -Last 1 | ForEach-Object Message; "
                + "($r | Where-Object StatusCode).StatusCode");
        assertTrue(complete.endsWith("The file will not be re-downloaded because the remote file is the same size as the "
                + "OutFile: part.bin\n416\n"), complete);
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(part)));

        Files.write(part, new byte[1200]);
        RANGES_ASKED.clear();
        assertEquals("", run("iwr $base/range -OutFile part.bin -Resume"));
        assertEquals(List.of("bytes=1200-", "null"), RANGES_ASKED);
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(part)));

        Files.write(part, new byte[10]);
        assertEquals("", run("irm $base/norange -OutFile part.bin -Resume"));
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(part)), "a 200 replaces the file");
        assertEquals("", run("iwr $base/range -OutFile fresh.bin -Resume"));
        assertTrue(java.util.Arrays.equals(whole, Files.readAllBytes(dir.resolve("fresh.bin"))));
    }

    @Test
    void resumeNeedsAnOutFileThatIsAFile() {
        String missing = run("iwr $base/range -Resume");
        assertTrue(missing.contains("The cmdlet cannot run because the following parameter is missing: OutFile. Provide a "
                + "valid OutFile parameter value when using the Resume parameter, then retry."), missing);
        assertTrue(missing.contains("WebCmdletOutFileMissingException,Microsoft.PowerShell.Commands."
                + "InvokeWebRequestCommand"), missing);
        String directory = run("iwr $base/range -Resume -OutFile .");
        assertTrue(directory.contains("The Resume switch can only be used if OutFile targets a file but it resolves to a "
                + "directory: " + dir + "."), directory);
        assertTrue(directory.contains("WebCmdletResumeNotFilePathException"), directory);
    }

    @Test
    void operationTimeoutLimitsEachReadOfTheBody() {
        assertEquals("OperationTimeoutReached,Microsoft.PowerShell.Commands.InvokeWebRequestCommand\n"
                + "The request was canceled due to the configured OperationTimeout of 1 seconds elapsing\n"
                + "OperationTimeout\nSystem.TimeoutException\n", run("try { iwr \"$base/slow?3000\" "
                + "-OperationTimeoutSeconds 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; "
                + "$_.CategoryInfo.Category; $_.Exception.GetType().FullName }"));
        assertEquals("start end\n", run("irm \"$base/slow?100\" -OperationTimeoutSeconds 5"));
    }

    @Test
    void httpVersionChoosesTheJdksProtocol() {
        assertEquals("h2c\nnull\nnull\n", run("(irm $base/echo -HttpVersion 2.0).Upgrade; "
                + "(irm $base/echo -HttpVersion 1.0).Upgrade; (irm $base/echo -HttpVersion 1.1).Upgrade"));
        assertEquals("1.1\n", run("(iwr $base/multi -HttpVersion 2).BaseResponse.Version"));
        String three = run("irm $base/echo -HttpVersion 3.0");
        assertTrue(three.contains("WebCmdletHttpVersionNotSupported,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"),
                three);
    }

    @Test
    void skipHeaderValidationSendsAUserAgentDotNetWouldRefuse() {
        String refused = run("irm $base/echo -UserAgent 'not{valid'");
        assertTrue(refused.contains("The format of value 'not{valid' is invalid."), refused);
        assertTrue(refused.contains("System.FormatException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand"),
                refused);
        assertEquals("not{valid\n", run("(irm $base/echo -UserAgent 'not{valid' -SkipHeaderValidation).'User-Agent'"));
        assertEquals("a/1 (x; (nested)) b\n", run("(irm $base/echo -UserAgent 'a/1 (x; (nested)) b').'User-Agent'"));
        assertEquals("text/plain; charset=nope\n", run("(irm $base/echo -Method Post -Body 'x' -ContentType "
                + "'text/plain; charset=nope' -SkipHeaderValidation).'Content-Type'"));
    }
}
