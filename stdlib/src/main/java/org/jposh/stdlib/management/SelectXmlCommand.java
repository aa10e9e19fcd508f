package org.jposh.stdlib.management;

import java.nio.file.Path;
import java.util.Map;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.UsesFileSystem;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSInvalidCastException;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.xml.XmlDocument;
import org.jposh.interpreter.runtime.xml.XmlNamespaceManager;
import org.jposh.interpreter.runtime.xml.XmlNode;
import org.jposh.interpreter.runtime.xml.XmlNodeList;
import org.jposh.interpreter.runtime.xml.XmlTypes;

/**
 * Select-Xml (Microsoft.PowerShell.Utility): the nodes an XPath expression finds in XML nodes, in files (read with
 * their whitespace, as pwsh reads them) or in text (read as the {@code [xml]} cast does), one SelectXmlInfo each.
 * A file that cannot be read or text that is not XML is an error of its own and the rest go on; -Namespace maps
 * the expression's prefixes. It lives beside the item cmdlets for their path resolution.
 */
@UsesFileSystem
@Cmdlet(verb = "Select", noun = "Xml", defaultParameterSetName = "Xml")
public final class SelectXmlCommand extends CoreCommandBase {
    @Parameter(position = 0, mandatory = true)
    @ValidateNotNullOrEmpty
    private String xPath;

    @Parameter(position = 1, parameterSetName = "Xml", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Alias("Node")
    @ValidateNotNullOrEmpty
    private XmlNode[] xml;

    @Parameter(position = 1, parameterSetName = "Path", mandatory = true, valueFromPipelineByPropertyName = true)
    @ValidateNotNullOrEmpty
    private String[] path;

    @Parameter(parameterSetName = "LiteralPath", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    @ValidateNotNullOrEmpty
    private String[] literalPath;

    @Parameter(parameterSetName = "Content", mandatory = true, valueFromPipeline = true)
    @ValidateNotNullOrEmpty
    private String[] content;

    @Parameter
    @ValidateNotNullOrEmpty
    private Map<?, ?> namespace;

    @Override
    protected void processRecord() {
        if (xml != null) {
            for (XmlNode node : xml) {
                select(node, SelectXmlInfo.INPUT_STREAM);
            }
        } else if (content != null) {
            for (String text : content) {
                XmlDocument document;
                try {
                    document = (XmlDocument) LanguagePrimitives.convertTo(text, XmlTypes.DOCUMENT);
                } catch (PSInvalidCastException e) {
                    writeError(errorRecord(e, text));
                    continue;
                }
                select(document, SelectXmlInfo.INPUT_STREAM);
            }
        } else {
            boolean literal = literalPath != null;
            for (String p : literal ? literalPath : path) {
                for (Path file : resolveExisting(new String[] {p}, literal, false)) {
                    selectInFile(file);
                }
            }
        }
    }

    /** A file is read with its whitespace, as pwsh reads it; one that cannot be read is an error and the rest go on. */
    private void selectInFile(Path file) {
        XmlDocument document = XmlDocument.create();
        document.setPreserveWhitespace(true);
        try {
            document.load(file.toString());
        } catch (DotNetException e) {
            writeError(errorRecord("The file '" + file + "' cannot be read: " + e.getMessage(), "ProcessingFile",
                    ErrorCategory.InvalidArgument, file.toString(), e.typeName()));
            return;
        }
        select(document, file.toString());
    }

    private void select(XmlNode node, String source) {
        XmlNodeList found;
        try {
            found = node.selectNodes(xPath, namespaces());
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord(PSRuntimeException.fromDotNetException(e), xPath));
        }
        for (Object match : found) {
            writeObject(new SelectXmlInfo((XmlNode) match, source, xPath));
        }
    }

    /** -Namespace as a namespace manager; a null prefix or URI is pwsh's PrefixError. */
    private XmlNamespaceManager namespaces() {
        if (namespace == null) {
            return null;
        }
        XmlNamespaceManager manager = new XmlNamespaceManager();
        for (Map.Entry<?, ?> e : namespace.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw throwTerminatingError(errorRecord("This command cannot be run because the prefix value in the"
                        + " Namespace parameter is null. Provide a valid value for the prefix, and then run the"
                        + " command again.", "PrefixError", ErrorCategory.InvalidOperation, namespace, null));
            }
            manager.addNamespace(e.getKey().toString(), e.getValue().toString());
        }
        return manager;
    }
}
