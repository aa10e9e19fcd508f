package org.jposh.interpreter.runtime.xml;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.io.FileOperations;
import org.jposh.interpreter.runtime.io.Stream;
import org.jposh.interpreter.runtime.io.TextReader;
import org.jposh.interpreter.runtime.io.TextWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * System.Xml.XmlDocument ({@code [xml]}): a document that loads (LoadXml, Load from a file, stream or reader, the
 * {@code [xml]} cast), makes nodes (CreateElement...) and saves itself. Whitespace between elements is dropped
 * on loading unless PreserveWhitespace is set, and Save then indents, as .NET does.
 */
public final class XmlDocument extends XmlNode {
    private boolean preserveWhitespace;

    XmlDocument(Document document) {
        super(document);
    }

    /** {@code [xml]::new()}: an empty document. */
    public static XmlDocument create() {
        return new XmlDocument(XmlParser.newDocument());
    }

    /**
     * The {@code [xml]} cast: the text (lines joined by newlines) parsed as pwsh's cast does, whitespace between
     * elements dropped.
     */
    public static XmlDocument parse(String text) {
        XmlDocument document = create();
        document.loadXml(text);
        return document;
    }

    public boolean preserveWhitespace() {
        return preserveWhitespace;
    }

    public void setPreserveWhitespace(boolean preserve) {
        preserveWhitespace = preserve;
    }

    private Document dom() {
        return (Document) node;
    }

    public XmlNode documentElement() {
        return of(dom().getDocumentElement());
    }

    public void loadXml(String xml) {
        if (xml == null) {
            throw DotNetException.argumentNull("xml");
        }
        replaceNode(XmlParser.parse(xml, preserveWhitespace));
    }

    /** Load(filename): a file relative to the process's current directory, as .NET resolves it. */
    public void load(String path) {
        Path file = FileOperations.path(path, "filename");
        byte[] bytes = FileOperations.io(file, () -> Files.readAllBytes(file));
        replaceNode(XmlParser.parse(XmlParser.decode(bytes), preserveWhitespace));
    }

    public void load(Stream stream) {
        if (stream == null) {
            throw DotNetException.argumentNull("inStream");
        }
        try {
            byte[] bytes = stream.inputStream().readAllBytes();
            replaceNode(XmlParser.parse(XmlParser.decode(bytes), preserveWhitespace));
        } catch (IOException e) {
            throw new DotNetException("System.IO.IOException", e.getMessage());
        }
    }

    public void load(TextReader reader) {
        if (reader == null) {
            throw DotNetException.argumentNull("txtReader");
        }
        replaceNode(XmlParser.parse(reader.readToEnd(), preserveWhitespace));
    }

    /** Save(filename): indented unless PreserveWhitespace; encoded as the declaration says, else UTF-8. */
    public void save(String path) {
        Path file = FileOperations.path(path, "filename");
        byte[] bytes = encoded();
        FileOperations.io(file, () -> Files.write(file, bytes));
    }

    public void save(Stream stream) {
        if (stream == null) {
            throw DotNetException.argumentNull("outStream");
        }
        byte[] bytes = encoded();
        stream.write(bytes, 0, bytes.length);
        stream.flush();
    }

    public void save(TextWriter writer) {
        if (writer == null) {
            throw DotNetException.argumentNull("writer");
        }
        writer.write(text(declaredEncoding() == null ? null : writer.encoding().webName()));
        writer.flush();
    }

    /**
     * The saved text. A declaration's encoding is what the writer writes in (a TextWriter's UTF-16, as .NET's
     * StringWriter has it), or as written when the bytes are the document's own.
     */
    private String text(String declarationEncoding) {
        StringBuilder out = new StringBuilder();
        XmlWriter.document(dom(), !preserveWhitespace, declarationEncoding, out);
        return out.toString();
    }

    /**
     * The bytes Save writes to a file or stream: in the declaration's encoding, with its byte-order mark as .NET's
     * Encoding.GetEncoding gives one; UTF-8 without a mark when there is no declaration.
     */
    private byte[] encoded() {
        String declared = declaredEncoding();
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null && !declared.isEmpty()) {
            try {
                charset = Charset.forName(declared);
            } catch (IllegalArgumentException e) {
                throw DotNetException.argument("'" + declared + "' is not a supported encoding name.", "name");
            }
        }
        byte[] body = text(null).getBytes(charset);
        byte[] mark = declared == null || declared.isEmpty() ? new byte[0] : byteOrderMark(charset);
        byte[] result = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, result, 0, mark.length);
        System.arraycopy(body, 0, result, mark.length, body.length);
        return result;
    }

    private static byte[] byteOrderMark(Charset charset) {
        return switch (charset.name()) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16", "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            default -> new byte[0];
        };
    }

    /** The declaration's encoding, "" when it names none; null without a declaration. */
    private String declaredEncoding() {
        XmlNode first = firstChild();
        return first != null && first.isDeclaration() ? XmlDeclarations.attribute(first.value(), "encoding") : null;
    }

    // ---- making nodes ----

    public XmlNode createElement(String qualifiedName, String namespaceUri) {
        XmlParser.checkName(qualifiedName);
        Element element = namespaceUri == null || namespaceUri.isEmpty() && qualifiedName.indexOf(':') < 0
                ? dom().createElementNS(null, qualifiedName) : dom().createElementNS(namespaceUri, qualifiedName);
        return of(element);
    }

    public XmlNode createAttribute(String qualifiedName, String namespaceUri) {
        XmlParser.checkName(qualifiedName);
        return of(namespaceUri == null || namespaceUri.isEmpty() && qualifiedName.indexOf(':') < 0
                ? dom().createAttributeNS(null, qualifiedName) : dom().createAttributeNS(namespaceUri, qualifiedName));
    }

    public XmlNode createTextNode(String text) {
        return of(dom().createTextNode(text == null ? "" : text));
    }

    public XmlNode createComment(String text) {
        return of(dom().createComment(text == null ? "" : text));
    }

    public XmlNode createCDataSection(String text) {
        return of(dom().createCDATASection(text == null ? "" : text));
    }

    public XmlNode createProcessingInstruction(String target, String data) {
        if (target.equalsIgnoreCase("xml")) {
            throw DotNetException.argument("Cannot create a node of type XmlDeclaration with the"
                    + " CreateProcessingInstruction method. Use CreateXmlDeclaration instead.", null);
        }
        XmlParser.checkName(target);
        return of(dom().createProcessingInstruction(target, data == null ? "" : data));
    }

    /** CreateXmlDeclaration: {@code version} must be 1.0; encoding and standalone may be empty or null. */
    public XmlNode createXmlDeclaration(String version, String encoding, String standalone) {
        if (!"1.0".equals(version)) {
            throw DotNetException.argument("Wrong XML version information. The XML must match production"
                    + " \"VersionNum ::= '1.' [0-9]+\".", null);
        }
        if (standalone != null && !standalone.isEmpty() && !standalone.equals("yes") && !standalone.equals("no")) {
            throw DotNetException.argument("Wrong value for the XML declaration standalone attribute of '"
                    + standalone + "'.", null);
        }
        ProcessingInstruction pi = dom().createProcessingInstruction("xml",
                XmlDeclarations.data(version, encoding, standalone));
        return of(pi);
    }

    public XmlNode importNode(XmlNode imported, boolean deep) {
        if (imported == null) {
            throw DotNetException.argumentNull("node");
        }
        if (imported instanceof XmlDocument) {
            throw DotNetException.invalidOperation("Cannot import nodes of type 'Document'.");
        }
        Node copy;
        try {
            copy = dom().importNode(imported.node, deep);
        } catch (org.w3c.dom.DOMException e) {
            throw DotNetException.invalidOperation("Cannot import nodes of type '"
                    + XmlTypes.nodeTypeName(imported.nodeType()) + "'.");
        }
        return of(copy);
    }
}
