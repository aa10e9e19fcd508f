package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.commands.ValidateSet;
import org.jposh.interpreter.runtime.xml.XmlDocument;
import org.jposh.interpreter.runtime.xml.XmlWriter;

/**
 * ConvertTo-Xml: the pipeline's objects in pwsh's {@code <Objects>} format (see {@link CustomSerialization}), one
 * level deep unless -Depth says otherwise, indented as .NET writes XML. -As Document (the default) gives the XmlDocument
 * read from that text, String the text with its declaration, Stream a string per object between the declaration
 * and {@code <Objects>} and the closing {@code </Objects>}.
 */
@Cmdlet(verb = "ConvertTo", noun = "Xml")
public final class ConvertToXmlCommand extends PSCmdlet {
    private static final String DECLARATION = "version=\"1.0\" encoding=\"utf-8\"";

    @Parameter
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int depth = 1;

    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowNull
    private Object inputObject;

    @Parameter
    private boolean noTypeInformation;

    @Parameter
    @ValidateNotNullOrEmpty
    @ValidateSet({"Stream", "String", "Document"})
    private String as = "Document";

    private StringBuilder text;
    private XmlWriter writer;
    private CustomSerialization serialization;

    @Override
    protected void beginProcessing() {
        if (isStream()) {
            writeObject("<?xml " + DECLARATION + "?>");
            writeObject("<Objects>");
            return;
        }
        text = new StringBuilder();
        writer = new XmlWriter(text, true);
        writer.writeProcessingInstruction("xml", DECLARATION);
        writer.writeStartElement("Objects");
        serialization = new CustomSerialization(writer, noTypeInformation);
    }

    @Override
    protected void processRecord() {
        if (isStream()) {
            StringBuilder one = new StringBuilder();
            new CustomSerialization(new XmlWriter(one, true), noTypeInformation).serialize(inputObject, depth);
            writeObject(one.toString());
        } else {
            serialization.serialize(inputObject, depth);
        }
    }

    @Override
    protected void endProcessing() {
        if (isStream()) {
            writeObject("</Objects>");
            return;
        }
        writer.close();
        if (as.equalsIgnoreCase("String")) {
            writeObject(text.toString());
        } else {
            XmlDocument document = XmlDocument.create();
            document.loadXml(text.toString());
            writeObject(document);
        }
    }

    private boolean isStream() {
        return as.equalsIgnoreCase("Stream");
    }
}
