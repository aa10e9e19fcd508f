package org.jposh.interpreter.runtime.xml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jposh.interpreter.runtime.DotNetException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Text to DOM as System.Xml reads it: comments, CDATA and processing instructions kept, the declaration kept as
 * a node, whitespace between elements dropped unless asked to keep it (outside {@code xml:space="preserve"}),
 * no external entity or DTD fetched. Failures are .NET's XmlException, with its wording for the common ones and
 * its {@code Line n, position m.}.
 */
final class XmlParser {
    private static final DocumentBuilderFactory FACTORY = factory();

    private XmlParser() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setCoalescing(false);
        factory.setIgnoringComments(false);
        factory.setExpandEntityReferences(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static DocumentBuilder builder() {
        DocumentBuilder builder;
        synchronized (FACTORY) {
            try {
                builder = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return builder;
    }

    static Document newDocument() {
        return builder().newDocument();
    }

    /** A document of the text; its declaration, if any, as the first child. */
    static Document parse(String text, boolean preserveWhitespace) {
        String xml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (xml.isBlank()) {
            throw xmlException("Root element is missing.", 0, 0);
        }
        Document document;
        try {
            document = builder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw xmlException(netMessage(e.getMessage()), e.getLineNumber(), e.getColumnNumber());
        } catch (SAXException | IOException e) {
            throw xmlException(e.getMessage(), 0, 0);
        }
        if (xml.startsWith("<?xml") && xml.length() > 5 && Character.isWhitespace(xml.charAt(5))) {
            int end = xml.indexOf("?>");
            document.insertBefore(document.createProcessingInstruction("xml", xml.substring(6, end).strip()),
                    document.getFirstChild());
        }
        if (!preserveWhitespace) {
            dropWhitespace(document.getDocumentElement());
        }
        return document;
    }

    /** Text nodes of whitespace alone go, but under {@code xml:space="preserve"} (.NET's significant whitespace). */
    private static void dropWhitespace(Node parent) {
        if (parent instanceof Element element && "preserve".equals(element.getAttribute("xml:space"))) {
            return;
        }
        Node child = parent.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && XmlNode.isWhitespace(child.getNodeValue())) {
                parent.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                dropWhitespace(child);
            }
            child = next;
        }
    }

    /**
     * Content for an element's InnerXml, parsed where the element is: the prefixes declared on it and its
     * ancestors are in scope.
     */
    static List<Node> parseFragment(String xml, Element context) {
        StringBuilder wrapper = new StringBuilder("<jposh-fragment");
        for (Node n = context; n instanceof Element e; n = n.getParentNode()) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (a.getName().startsWith("xmlns") && wrapper.indexOf(" " + a.getName() + "=") < 0) {
                    wrapper.append(' ').append(a.getName()).append("=\"")
                            .append(XmlWriter.escapeAttribute(a.getValue())).append('"');
                }
            }
        }
        wrapper.append('>').append(xml == null ? "" : xml).append("</jposh-fragment>");
        Document document = parse(wrapper.toString(), true);
        List<Node> content = new ArrayList<>();
        for (Node child = document.getDocumentElement().getFirstChild(); child != null;
             child = child.getNextSibling()) {
            content.add(child);
        }
        return content;
    }

    /** The text of a file's or stream's bytes: a byte-order mark, else the declaration's encoding, else UTF-8. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        if (head.startsWith("<?xml") && head.indexOf("?>") > 0) {
            String encoding = XmlDeclarations.attribute(head.substring(5, head.indexOf("?>")), "encoding");
            if (!encoding.isEmpty() && Charset.isSupported(encoding)) {
                return new String(bytes, Charset.forName(encoding));
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The name check of CreateElement and CreateAttribute, with .NET's messages. */
    static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw DotNetException.argument("The empty string '' is not a valid name.", null);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean valid = Character.isLetter(c) || c == '_' || c == ':'
                    || i > 0 && (Character.isDigit(c) || c == '-' || c == '.');
            if (!valid) {
                String message = i == 0 && (Character.isDigit(c) || c == '-' || c == '.')
                        ? "Name cannot begin with the '" + c + "' character, hexadecimal value 0x"
                        + Integer.toHexString(c).toUpperCase() + "."
                        : "The '" + c + "' character, hexadecimal value 0x" + Integer.toHexString(c).toUpperCase()
                        + ", cannot be included in a name.";
                throw xmlException(message, 0, 0);
            }
        }
    }

    /** System.Xml.XmlException, with .NET's position suffix when there is a position. */
    static DotNetException xmlException(String message, int line, int column) {
        return new DotNetException("System.Xml.XmlException",
                line > 0 ? message + " Line " + line + ", position " + Math.max(column, 1) + "." : message);
    }

    /** .NET's wording for the parser's most common complaints; the parser's own for the rest. */
    private static String netMessage(String message) {
        if (message == null) {
            return "The XML is not well-formed.";
        } else if (message.startsWith("Content is not allowed in prolog")
                || message.startsWith("Content is not allowed in trailing section")) {
            return "Data at the root level is invalid.";
        } else if (message.startsWith("Premature end of file")
                || message.startsWith("XML document structures must start and end within the same entity")) {
            return "Unexpected end of file has occurred.";
        } else if (message.startsWith("The markup in the document following the root element must be well-formed")) {
            return "There are multiple root elements.";
        }
        return message;
    }
}
