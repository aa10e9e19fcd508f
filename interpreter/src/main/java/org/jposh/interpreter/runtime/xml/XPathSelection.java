package org.jposh.interpreter.runtime.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.jposh.interpreter.runtime.DotNetException;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** SelectNodes and SelectSingleNode: XPath 1.0 over the DOM, with .NET's XPathException for a bad expression. */
final class XPathSelection {
    /** A qualified name's prefix in an expression: {@code d:item}, not an axis ({@code child::}) or a string. */
    private static final Pattern PREFIX = Pattern.compile("(?<![\\w.:-])([A-Za-z_][\\w.-]*):(?![:=])(?=[A-Za-z_*])");

    private static final XPathFactory FACTORY = XPathFactory.newInstance();

    private XPathSelection() {
    }

    static List<Node> select(XmlNode context, String expression, XmlNamespaceManager namespaces) {
        if (expression == null) {
            throw DotNetException.argumentNull("xpath");
        }
        XPath xpath;
        synchronized (FACTORY) {
            xpath = FACTORY.newXPath();
        }
        String unquoted = expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
        Matcher prefixes = PREFIX.matcher(unquoted);
        while (prefixes.find()) {
            if (namespaces == null) {
                throw xpathException("Namespace Manager or XsltContext needed. This query has a prefix, variable,"
                        + " or user-defined function.");
            } else if (!namespaces.hasNamespace(prefixes.group(1))) {
                throw xpathException("Namespace prefix '" + prefixes.group(1) + "' is not defined.");
            }
        }
        if (namespaces != null) {
            xpath.setNamespaceContext(namespaces);
        }
        NodeList found;
        try {
            found = (NodeList) xpath.evaluate(expression, context.node, XPathConstants.NODESET);
        } catch (XPathExpressionException e) {
            throw xpathException(isNodeSetError(e) ? "Expression must evaluate to a node-set."
                    : "'" + expression + "' has an invalid token.");
        }
        List<Node> nodes = new ArrayList<>(found.getLength());
        for (int i = 0; i < found.getLength(); i++) {
            if (!XmlNode.of(found.item(i)).isDeclaration()) {
                nodes.add(found.item(i));
            }
        }
        return nodes;
    }

    private static boolean isNodeSetError(XPathExpressionException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("NODESET")) {
                return true;
            }
        }
        return false;
    }

    private static DotNetException xpathException(String message) {
        return new DotNetException("System.Xml.XPath.XPathException", message);
    }
}
