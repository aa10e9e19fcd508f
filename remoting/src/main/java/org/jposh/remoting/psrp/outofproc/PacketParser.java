package org.jposh.remoting.psrp.outofproc;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jposh.remoting.psrp.PsrpException;

/**
 * Parses one OutOfProc line: an element, attributes in single or double quotes, and for Data the
 * base64 text and the end tag. Nothing may follow but whitespace. The grammar is this small, so a
 * hand-written scanner is both stricter and clearer than an XML parser in fragment mode.
 */
final class PacketParser {
    private final String line;
    private int pos;

    PacketParser(String line) {
        this.line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    OutOfProcPacket parse() {
        skipSpaces();
        if (!consume('<')) {
            throw malformed("a packet must start with an element");
        }
        String name = name();
        OutOfProcPacket.Kind kind = OutOfProcPacket.Kind.forElement(name);
        Map<String, String> attributes = attributes(name);
        boolean empty = consume('/');
        if (!consume('>')) {
            throw malformed("the " + name + " start tag is not closed");
        }
        OutOfProcPacket packet;
        if (kind == OutOfProcPacket.Kind.DATA) {
            if (empty) {
                throw new PsrpException("IPCInsufficientDataforElement", "Not enough data is available to process the Data element.");
            }
            packet = data(attributes);
        } else {
            if (!empty) {
                throw new PsrpException("IPCOnlyTextExpectedInDataElement",
                        "The " + name + " element must be empty (written as <" + name + " PSGuid='...' />).");
            }
            packet = ack(kind, attributes);
        }
        skipSpaces();
        if (pos != line.length()) {
            throw malformed("unexpected text after the " + name + " element");
        }
        return packet;
    }

    private OutOfProcPacket data(Map<String, String> attributes) {
        if (attributes.size() != 2 || !attributes.containsKey("Stream") || !attributes.containsKey("PSGuid")) {
            throw new PsrpException("IPCWrongAttributeCountForDataElement",
                    "Expected only two attributes with the names \"Stream\" and \"PSGuid\" in the Data element.");
        }
        int end = line.indexOf('<', pos);
        if (end < 0) {
            throw new PsrpException("IPCInsufficientDataforElement", "Not enough data is available to process the Data element.");
        }
        String text = line.substring(pos, end);
        pos = end;
        if (!line.startsWith("</Data>", pos)) {
            throw new PsrpException("IPCOnlyTextExpectedInDataElement",
                    "Node type \"Element\" is unknown in the Data element. Only the \"Text\" node type is expected in the Data element.");
        }
        pos += "</Data>".length();
        byte[] data;
        try {
            data = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new PsrpException("IPCInvalidBase64", "The Data element does not hold valid base64 text: " + e.getMessage(), e);
        }
        return OutOfProcPacket.data(OutOfProcPacket.Stream.forAttribute(attributes.get("Stream")), guid(attributes.get("PSGuid")), data);
    }

    private static OutOfProcPacket ack(OutOfProcPacket.Kind kind, Map<String, String> attributes) {
        boolean onlyGuid = attributes.size() == 1 && attributes.containsKey("PSGuid");
        boolean guidAndStream = attributes.size() == 2 && attributes.containsKey("PSGuid") && attributes.containsKey("Stream");
        if (!onlyGuid && !guidAndStream) {
            throw new PsrpException("IPCWrongAttributeCountForElement",
                    "Expected only one attribute with the name \"PSGuid\" in the " + kind.element() + " element.");
        }
        if (guidAndStream) {
            OutOfProcPacket.Stream.forAttribute(attributes.get("Stream"));
        }
        return new OutOfProcPacket(kind, null, guid(attributes.get("PSGuid")), null);
    }

    private Map<String, String> attributes(String element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        while (true) {
            boolean spaced = skipSpaces();
            if (pos >= line.length() || line.charAt(pos) == '/' || line.charAt(pos) == '>') {
                return attributes;
            }
            if (!spaced) {
                throw malformed("attributes of " + element + " must be separated by spaces");
            }
            String name = name();
            skipSpaces();
            if (!consume('=')) {
                throw malformed("attribute " + name + " has no value");
            }
            skipSpaces();
            char quote = pos < line.length() ? line.charAt(pos) : 0;
            if (quote != '\'' && quote != '"') {
                throw malformed("the value of attribute " + name + " is not quoted");
            }
            int end = line.indexOf(quote, pos + 1);
            if (end < 0) {
                throw malformed("the value of attribute " + name + " is not closed");
            }
            if (attributes.put(name, line.substring(pos + 1, end)) != null) {
                throw malformed("attribute " + name + " appears twice");
            }
            pos = end + 1;
        }
    }

    private String name() {
        int start = pos;
        while (pos < line.length() && (Character.isLetterOrDigit(line.charAt(pos)) || line.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw malformed("a name was expected at column " + (pos + 1));
        }
        return line.substring(start, pos);
    }

    private static UUID guid(String text) {
        if (text.length() != 36) {
            throw new PsrpException("IPCInvalidGuid", "PSGuid '" + text + "' is not a GUID.");
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PsrpException("IPCInvalidGuid", "PSGuid '" + text + "' is not a GUID.", e);
        }
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
        return pos > start;
    }

    private boolean consume(char c) {
        if (pos < line.length() && line.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private PsrpException malformed(String why) {
        return new PsrpException("IPCMalformedPacket", "The OutOfProc packet is malformed (" + why + "): " + abbreviated());
    }

    private String abbreviated() {
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }
}
