package org.jposh.stdlib.web;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.xml.XmlDocument;
import org.jposh.interpreter.runtime.xml.XmlNode;
import org.jposh.stdlib.utility.JsonDeserializer;

/**
 * Invoke-RestMethod: writes the body as objects, as pwsh does. An RSS or Atom feed is written item by item
 * (its item or entry elements); a JSON body (by its content type; otherwise when it is not XML) becomes what
 * ConvertFrom-Json makes of it, written as one object, so a JSON array goes down the pipeline whole, as in
 * pwsh 7 (PowerShell issue #15280); XML becomes an XmlDocument; anything else a string.
 */
@Cmdlet(verb = "Invoke", noun = "RestMethod", defaultParameterSetName = WebRequestCmdlet.STANDARD_METHOD)
public final class InvokeRestMethodCommand extends WebRequestCmdlet {
    /** What a conversion that failed returns (null is what JSON's null converts to). */
    private static final Object NOT_CONVERTED = new Object();

    @Parameter
    @Alias("FL")
    private boolean followRelLink;

    @Parameter
    @Alias("ML")
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int maximumFollowRelLink = Integer.MAX_VALUE;

    @Parameter
    @Alias("RHV")
    private String responseHeadersVariable;

    @Parameter
    private String statusCodeVariable;

    @Override
    boolean parsesRelationLinks() {
        return followRelLink;
    }

    @Override
    int maximumFollowRelLink() {
        return followRelLink ? maximumFollowRelLink : 0;
    }

    @Override
    void processResponse(Exchange exchange) {
        byte[] body = null;
        if (writesToPipeline()) {
            body = readBody(exchange, false);
            String contentType = exchange.contentType();
            String text = ContentHelper.decode(body, ContentHelper.charset(contentType));
            if (!writeFeedItems(text)) {
                writeObject(convert(text, ContentHelper.mediaType(contentType)));
            }
        }
        if (savesToOutFile()) {
            saveToOutFile(exchange, body);
        }
        if (statusCodeVariable != null && !statusCodeVariable.isEmpty()) {
            setVariable(statusCodeVariable, exchange.response.statusCode());
        }
        if (responseHeadersVariable != null && !responseHeadersVariable.isEmpty()) {
            setVariable(responseHeadersVariable, exchange.message().headers());
        }
    }

    /** JSON first when the content type says JSON, XML first otherwise; the text itself when neither fits. */
    private static Object convert(String text, String mediaType) {
        Object result = ContentHelper.isJson(mediaType) ? fromJson(text) : fromXml(text);
        if (result == NOT_CONVERTED) {
            result = ContentHelper.isJson(mediaType) ? fromXml(text) : fromJson(text);
        }
        return result == NOT_CONVERTED ? text : result;
    }

    private static Object fromJson(String text) {
        if (text.isBlank()) {
            return NOT_CONVERTED;
        }
        try {
            return new JsonDeserializer(false, 1024).deserialize(text);
        } catch (PSRuntimeException e) {
            return NOT_CONVERTED;
        }
    }

    private static Object fromXml(String text) {
        try {
            XmlDocument document = XmlDocument.create();
            document.setPreserveWhitespace(true);
            document.loadXml(text);
            return document;
        } catch (DotNetException e) {
            return NOT_CONVERTED;
        }
    }

    /** pwsh's TryProcessFeedStream: an rss or feed document is written as its item and entry elements. */
    private boolean writeFeedItems(String text) {
        if (!(fromXml(text) instanceof XmlDocument document)) {
            return false;
        }
        XmlNode root = document.documentElement();
        if (root == null || !(root.name().equalsIgnoreCase("rss") || root.name().equalsIgnoreCase("feed"))) {
            return false;
        }
        writeItems(root);
        return true;
    }

    private void writeItems(XmlNode parent) {
        for (Object child : parent.childNodes()) {
            XmlNode node = (XmlNode) child;
            if (node.name().equalsIgnoreCase("item") || node.name().equalsIgnoreCase("entry")) {
                writeObject(node);
            } else if (!node.name().startsWith("#")) {
                writeItems(node);
            }
        }
    }
}
