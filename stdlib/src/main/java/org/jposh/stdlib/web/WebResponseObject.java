package org.jposh.stdlib.web;

import org.jposh.interpreter.runtime.ByteArrays;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * What Invoke-WebRequest writes, as pwsh 7: a WebResponseObject for a body that is not text (Content the
 * bytes), a BasicHtmlWebResponseObject for text (Content the decoded string, with the Links, Images and
 * InputFields pwsh's regular expressions find). Both have StatusCode, StatusDescription (the status's enum
 * name, OK or NotFound), Headers (case-insensitive, each value a string array), RawContent (the status line
 * and headers, then the content), RawContentLength, RelationLink (the Link header's URIs by rel) and BaseResponse.
 */
public class WebResponseObject implements DotNetTyped {
    private static final String NS = "Microsoft.PowerShell.Commands";
    static final DotNetType TYPE = CoreTypes.define(NS, "WebResponseObject", WebResponseObject.class,
            WebResponseObject::defineMembers);
    static final DotNetType HTML_TYPE = CoreTypes.define(NS, "BasicHtmlWebResponseObject", Html.class, TYPE,
            Html::defineHtmlMembers);

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(HTML_TYPE);
    }

    final HttpMessages.Response response;
    final byte[] body;
    final HeaderDictionary relationLink;
    final String outFile;

    WebResponseObject(HttpMessages.Response response, byte[] body, HeaderDictionary relationLink, String outFile) {
        this.response = response;
        this.body = body;
        this.relationLink = relationLink;
        this.outFile = outFile;
    }

    /** The object for a response: a BasicHtmlWebResponseObject when its content type is text. */
    static WebResponseObject of(HttpMessages.Response response, byte[] body, String contentType,
                                HeaderDictionary relationLink, String outFile) {
        String media = ContentHelper.mediaType(contentType);
        if (ContentHelper.isText(media)) {
            return new Html(response, body, ContentHelper.decode(body, ContentHelper.charset(contentType)),
                    relationLink, outFile);
        }
        return new WebResponseObject(response, body, relationLink, outFile);
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        b.property("StatusCode", CoreTypes.INT32, r -> ((WebResponseObject) r).response.statusCode())
                .property("StatusDescription", CoreTypes.STRING, r -> ((WebResponseObject) r).statusDescription())
                .property("Content", CoreTypes.OBJECT, r -> ((WebResponseObject) r).content())
                .property("RawContent", CoreTypes.STRING, r -> ((WebResponseObject) r).rawContent())
                .property("RawContentLength", CoreTypes.INT64, r -> (long) ((WebResponseObject) r).body.length)
                .property("Headers", CoreTypes.OBJECT, r -> ((WebResponseObject) r).response.headers())
                .property("RelationLink", CoreTypes.OBJECT, r -> ((WebResponseObject) r).relationLink)
                .property("OutFile", CoreTypes.STRING, r -> ((WebResponseObject) r).outFile)
                .property("BaseResponse", HttpMessages.RESPONSE_TYPE, r -> ((WebResponseObject) r).response)
                .method("ToString", CoreTypes.STRING, (r, a) -> r.toString());
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    private String statusDescription() {
        return HttpStatus.of(response.statusCode()).toString();
    }

    /** Content: the bytes of the body, a Byte[] as scripts hold byte arrays. */
    Object content() {
        return ByteArrays.box(body);
    }

    /** The status line and headers as pwsh's GetRawContentHeader writes them, then a blank line. */
    final String rawContent() {
        StringBuilder raw = new StringBuilder("HTTP/").append(response.version()).append(' ')
                .append(response.statusCode()).append(' ').append(statusDescription()).append('\n');
        response.headers().forEach((name, values) -> {
            for (String value : (String[]) values) {
                raw.append(name).append(": ").append(value).append('\n');
            }
        });
        return raw.append('\n').append(contentText()).toString();
    }

    /** The content as RawContent ends with it. */
    String contentText() {
        return toString();
    }

    /**
     * The bytes read as ASCII (WebResponseObject.ToString): a byte above 127 is ASCII's '?', a control character
     * other than white space a dot.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(body.length);
        for (byte b : body) {
            char c = (char) b;
            sb.append(b < 0 ? '?' : Character.isISOControl(c) && !Character.isWhitespace(c) ? '.' : c);
        }
        return sb.toString();
    }

    /** BasicHtmlWebResponseObject: a text response. */
    static final class Html extends WebResponseObject {
        private final String content;
        private Object[] links;
        private Object[] images;
        private Object[] inputFields;

        Html(HttpMessages.Response response, byte[] body, String content, HeaderDictionary relationLink,
             String outFile) {
            super(response, body, relationLink, outFile);
            this.content = content;
        }

        private static void defineHtmlMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
            b.property("Content", CoreTypes.STRING, r -> ((Html) r).content)
                    .property("Links", CoreTypes.OBJECT_ARRAY, r -> ((Html) r).links())
                    .property("Images", CoreTypes.OBJECT_ARRAY, r -> ((Html) r).images())
                    .property("InputFields", CoreTypes.OBJECT_ARRAY, r -> ((Html) r).inputFields());
        }

        @Override
        public DotNetType dotNetType() {
            return HTML_TYPE;
        }

        @Override
        Object content() {
            return content;
        }

        @Override
        String contentText() {
            return content;
        }

        private Object[] links() {
            if (links == null) {
                links = HtmlElements.find(content, HtmlElements.LINK, "A");
            }
            return links;
        }

        private Object[] images() {
            if (images == null) {
                images = HtmlElements.find(content, HtmlElements.IMAGE, "IMG");
            }
            return images;
        }

        private Object[] inputFields() {
            if (inputFields == null) {
                inputFields = HtmlElements.find(content, HtmlElements.INPUT, "INPUT");
            }
            return inputFields;
        }
    }
}
