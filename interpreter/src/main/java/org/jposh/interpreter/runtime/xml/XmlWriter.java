package org.jposh.interpreter.runtime.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Text as System.Xml's XmlWriter writes it, node by node: an element without content closes in its start tag with a
 * space before the slash ({@code <a />}), one whose content is an empty string does not ({@code <a></a>}), markup
 * characters are escaped (and quotes and line breaks in attributes). With {@code indent} (XmlWriterSettings.Indent,
 * two spaces, {@code \n} as on Unix) each element, comment or processing instruction starts a line of its own,
 * except inside an element that has had text written in it (mixed content), which stays on its line as .NET keeps
 * it; nothing follows the last node. JPosh writes all the XML pwsh's writers write (XmlDocument.Save, OuterXml,
 * Export-Clixml, ConvertTo-Xml, the serializer of remoting) through this one writer.
 */
public final class XmlWriter {
    private static final String INDENT = "  ";

    private final StringBuilder out;
    private final boolean indent;
    private final Deque<OpenElement> open = new ArrayDeque<>();
    private boolean startTagOpen;
    private boolean mixedContent;
    private boolean wroteNode;

    /** An element being written: whether anything came after its start tag, and whether its parent was mixed. */
    private static final class OpenElement {
        final String name;
        final boolean parentMixed;
        boolean hasContent;

        OpenElement(String name, boolean parentMixed) {
            this.name = name;
            this.parentMixed = parentMixed;
        }
    }

    /** A writer appending to {@code out}; the caller may take and clear what was written between calls. */
    public XmlWriter(StringBuilder out, boolean indent) {
        this.out = out;
        this.indent = indent;
    }

    public void writeStartElement(String name) {
        beforeMarkup();
        out.append('<').append(name);
        open.push(new OpenElement(name, mixedContent));
        startTagOpen = true;
    }

    /** An attribute of the element whose start tag was just written. */
    public void writeAttributeString(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("no start tag to add attribute " + name + " to");
        }
        out.append(' ').append(name).append("=\"").append(escapeAttribute(value)).append('"');
    }

    /** Text content; even an empty string makes the element close with an end tag, as in .NET. */
    public void writeString(String text) {
        content();
        mixedContent = true;
        out.append(escapeText(text));
    }

    /** .NET's WriteElementString: an element with the text, written without content when the text is empty. */
    public void writeElementString(String name, String text) {
        writeStartElement(name);
        if (!text.isEmpty()) {
            writeString(text);
        }
        writeEndElement();
    }

    /** Ends the innermost element: {@code " />"} when it got no content, else its end tag. */
    public void writeEndElement() {
        endElement(false);
    }

    /** Ends the innermost element with an end tag even when it got no content. */
    public void writeFullEndElement() {
        endElement(true);
    }

    private void endElement(boolean full) {
        OpenElement element = open.pop();
        if (startTagOpen && !full) {
            out.append(" />");
            startTagOpen = false;
        } else {
            closeStartTag();
            if (indent && !mixedContent && element.hasContent) {
                newLine(open.size());
            }
            out.append("</").append(element.name).append('>');
        }
        mixedContent = element.parentMixed;
    }

    public void writeComment(String text) {
        beforeMarkup();
        out.append("<!--").append(text).append("-->");
    }

    public void writeProcessingInstruction(String name, String data) {
        beforeMarkup();
        out.append("<?").append(name);
        if (!data.isEmpty()) {
            out.append(' ').append(data);
        }
        out.append("?>");
    }

    public void writeCData(String text) {
        content();
        mixedContent = true;
        out.append("<![CDATA[").append(text).append("]]>");
    }

    public void writeEntityRef(String name) {
        content();
        mixedContent = true;
        out.append('&').append(name).append(';');
    }

    public void writeDocType(DocumentType doctype) {
        beforeMarkup();
        out.append("<!DOCTYPE ").append(doctype.getName());
        if (doctype.getPublicId() != null) {
            out.append(" PUBLIC \"").append(doctype.getPublicId()).append("\" \"").append(doctype.getSystemId())
                    .append('"');
        } else if (doctype.getSystemId() != null) {
            out.append(" SYSTEM \"").append(doctype.getSystemId()).append('"');
        }
        if (doctype.getInternalSubset() != null) {
            out.append('[').append(doctype.getInternalSubset()).append(']');
        }
        out.append('>');
    }

    /** Ends the elements still open, as disposing of a .NET writer does. */
    public void close() {
        while (!open.isEmpty()) {
            writeEndElement();
        }
    }

    /** A node and its subtree as XmlNode.WriteTo writes them; an attribute as {@code name="value"}. */
    public void writeNode(Node node) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> {
                writeStartElement(node.getNodeName());
                NamedNodeMap attributes = node.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr a = (Attr) attributes.item(i);
                    writeAttributeString(a.getName(), a.getValue());
                }
                if (node.getFirstChild() == null) {
                    writeEndElement();
                } else {
                    writeChildren(node);
                    writeFullEndElement();
                }
            }
            case Node.ATTRIBUTE_NODE -> out.append(node.getNodeName()).append("=\"")
                    .append(escapeAttribute(node.getNodeValue())).append('"');
            case Node.TEXT_NODE -> writeString(node.getNodeValue());
            case Node.CDATA_SECTION_NODE -> writeCData(node.getNodeValue());
            case Node.COMMENT_NODE -> writeComment(node.getNodeValue());
            case Node.PROCESSING_INSTRUCTION_NODE -> writeProcessingInstruction(node.getNodeName(), node.getNodeValue());
            case Node.DOCUMENT_TYPE_NODE -> writeDocType((DocumentType) node);
            case Node.ENTITY_REFERENCE_NODE -> writeEntityRef(node.getNodeName());
            case Node.DOCUMENT_NODE, Node.DOCUMENT_FRAGMENT_NODE -> writeChildren(node);
            default -> {
            }
        }
    }

    private void writeChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            writeNode(child);
        }
    }

    /** The node as OuterXml shows it: on one line. */
    static void compact(Node node, StringBuilder out) {
        new XmlWriter(out, false).writeNode(node);
    }

    /**
     * The document as Save writes it, indented or as it is.
     *
     * @param declarationEncoding the encoding a declaration names instead of its own (what the writer writes in), or
     *                            null to keep it
     */
    static void document(Document document, boolean indent, String declarationEncoding, StringBuilder out) {
        XmlWriter writer = new XmlWriter(out, indent);
        for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (declarationEncoding != null && XmlNode.of(child).isDeclaration()) {
                String data = ((org.w3c.dom.ProcessingInstruction) child).getData();
                writer.writeProcessingInstruction("xml", XmlDeclarations.with(data, "encoding", declarationEncoding));
            } else {
                writer.writeNode(child);
            }
        }
    }

    /** Where an element, comment or instruction starts: on a line of its own unless first or in mixed content. */
    private void beforeMarkup() {
        boolean first = !wroteNode;
        content();
        if (indent && !first && !mixedContent) {
            newLine(open.size());
        }
    }

    /** Something goes into the innermost element: its start tag ends. */
    private void content() {
        closeStartTag();
        if (!open.isEmpty()) {
            open.peek().hasContent = true;
        }
        wroteNode = true;
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.append('>');
            startTagOpen = false;
        }
    }

    private void newLine(int level) {
        out.append('\n');
        for (int i = 0; i < level; i++) {
            out.append(INDENT);
        }
    }

    static String escapeText(String text) {
        return escape(text, false);
    }

    static String escapeAttribute(String text) {
        return escape(text, true);
    }

    /** As .NET's writer escapes: markup characters always; in an attribute, quotes and line breaks too. */
    private static String escape(String text, boolean attribute) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#xA;" : null;
                case '\r' -> attribute ? "&#xD;" : null;
                case '\t' -> attribute ? "&#x9;" : null;
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }
}
