package org.jposh.interpreter.runtime.xml;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.DocumentType;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * DOM to text as System.Xml writes it: OuterXml and InnerXml on one line ({@code <a x="1"><b /></a>}, an empty
 * element with a space before its slash), and XmlDocument.Save's indented form (two spaces an element, content
 * with text in it kept on its line, no newline at the end).
 */
final class XmlWriter {
    private static final String INDENT = "  ";

    private XmlWriter() {
    }

    /** The node as OuterXml shows it. */
    static void compact(Node node, StringBuilder out) {
        write(node, out, -1);
    }

    /**
     * The document as Save writes it, indented or as it is.
     *
     * @param declarationEncoding the encoding a declaration names instead of its own (what the writer writes in), or
     *                            null to keep it
     */
    static void document(Document document, boolean indent, String declarationEncoding, StringBuilder out) {
        boolean first = true;
        for (Node child = document.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!first && indent) {
                out.append('\n');
            }
            first = false;
            if (declarationEncoding != null && XmlNode.of(child).isDeclaration()) {
                String data = ((org.w3c.dom.ProcessingInstruction) child).getData();
                out.append("<?xml ").append(XmlDeclarations.with(data, "encoding", declarationEncoding)).append("?>");
            } else {
                write(child, out, indent ? 0 : -1);
            }
        }
    }

    /** @param depth the indentation depth, or -1 for none */
    private static void write(Node node, StringBuilder out, int depth) {
        switch (node.getNodeType()) {
            case Node.ELEMENT_NODE -> element(node, out, depth);
            case Node.ATTRIBUTE_NODE -> attribute((Attr) node, out);
            case Node.TEXT_NODE -> out.append(escapeText(node.getNodeValue()));
            case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(node.getNodeValue()).append("]]>");
            case Node.COMMENT_NODE -> out.append("<!--").append(node.getNodeValue()).append("-->");
            case Node.PROCESSING_INSTRUCTION_NODE -> out.append("<?").append(node.getNodeName()).append(' ')
                    .append(node.getNodeValue()).append("?>");
            case Node.DOCUMENT_TYPE_NODE -> doctype((DocumentType) node, out);
            case Node.ENTITY_REFERENCE_NODE -> out.append('&').append(node.getNodeName()).append(';');
            case Node.DOCUMENT_NODE, Node.DOCUMENT_FRAGMENT_NODE -> {
                for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                    write(child, out, -1);
                }
            }
            default -> {
            }
        }
    }

    private static void element(Node element, StringBuilder out, int depth) {
        out.append('<').append(element.getNodeName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            out.append(' ');
            attribute((Attr) attributes.item(i), out);
        }
        if (element.getFirstChild() == null) {
            out.append(" />");
            return;
        }
        out.append('>');
        boolean indentChildren = depth >= 0 && !hasText(element);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (indentChildren) {
                out.append('\n').append(INDENT.repeat(depth + 1));
            }
            write(child, out, indentChildren ? depth + 1 : -1);
        }
        if (indentChildren) {
            out.append('\n').append(INDENT.repeat(depth));
        }
        out.append("</").append(element.getNodeName()).append('>');
    }

    /** Mixed content: the writer keeps an element with text in it on its line, as .NET's does. */
    private static boolean hasText(Node element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            short type = child.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE || type == Node.ENTITY_REFERENCE_NODE) {
                return true;
            }
        }
        return false;
    }

    private static void attribute(Attr attribute, StringBuilder out) {
        out.append(attribute.getName()).append("=\"").append(escapeAttribute(attribute.getValue())).append('"');
    }

    private static void doctype(DocumentType doctype, StringBuilder out) {
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

    static String escapeText(String text) {
        return escape(text, false);
    }

    static String escapeAttribute(String text) {
        return escape(text, true);
    }

    /** As .NET's writer escapes: markup characters always; in an attribute, quotes and line breaks too. */
    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#xA;" : "\n");
                case '\r' -> out.append(attribute ? "&#xD;" : "\r");
                case '\t' -> out.append(attribute ? "&#x9;" : "\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
