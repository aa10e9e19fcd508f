package org.jposh.interpreter.runtime.xml;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;

/**
 * The names of the System.Xml types, registered at start-up without loading them: {@link XmlTypes} (and with it
 * Java's XML classes) initialises on the first use of one.
 */
public final class XmlTypeNames {
    private static final String NS = "System.Xml";

    private XmlTypeNames() {
    }

    /** Called by CoreTypes: {@code [xml]} and the System.Xml types resolve, and XmlTypes initialises, on first use. */
    public static void registerLazily() {
        CoreTypes.registerLazily("xml", () -> XmlTypes.DOCUMENT);
        for (String name : new String[] {"XmlDocument", "XmlNode", "XmlLinkedNode", "XmlElement", "XmlAttribute",
            "XmlCharacterData", "XmlText", "XmlCDataSection", "XmlComment", "XmlWhitespace", "XmlProcessingInstruction",
            "XmlDeclaration", "XmlDocumentType", "XmlEntityReference", "XmlDocumentFragment", "XmlNodeList",
            "XmlAttributeCollection", "XmlNameTable", "NameTable", "XmlNamespaceManager", "XmlNodeType"}) {
            CoreTypes.registerLazily(NS + "." + name, () -> byName(name));
        }
    }

    private static DotNetType byName(String name) {
        return switch (name) {
            case "XmlDocument" -> XmlTypes.DOCUMENT;
            case "XmlNode" -> XmlTypes.NODE;
            case "XmlLinkedNode" -> XmlTypes.LINKED_NODE;
            case "XmlElement" -> XmlTypes.ELEMENT;
            case "XmlAttribute" -> XmlTypes.ATTRIBUTE;
            case "XmlCharacterData" -> XmlTypes.CHARACTER_DATA;
            case "XmlText" -> XmlTypes.TEXT;
            case "XmlCDataSection" -> XmlTypes.CDATA;
            case "XmlComment" -> XmlTypes.COMMENT;
            case "XmlWhitespace" -> XmlTypes.WHITESPACE_NODE;
            case "XmlProcessingInstruction" -> XmlTypes.PROCESSING_INSTRUCTION;
            case "XmlDeclaration" -> XmlTypes.DECLARATION;
            case "XmlDocumentType" -> XmlTypes.DOCUMENT_TYPE;
            case "XmlEntityReference" -> XmlTypes.ENTITY_REFERENCE;
            case "XmlDocumentFragment" -> XmlTypes.DOCUMENT_FRAGMENT;
            case "XmlNodeList" -> XmlTypes.NODE_LIST;
            case "XmlAttributeCollection" -> XmlTypes.ATTRIBUTE_COLLECTION;
            case "XmlNameTable" -> XmlTypes.XML_NAME_TABLE;
            case "NameTable" -> XmlTypes.NAME_TABLE;
            case "XmlNamespaceManager" -> XmlTypes.NAMESPACE_MANAGER;
            default -> XmlTypes.NODE_TYPE;
        };
    }
}
