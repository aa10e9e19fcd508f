package org.jposh.remoting.psrp.clixml;

/** An XmlDocument ({@code XD}), kept as its outer XML text. */
public record PsXmlDocument(String xml) {
}
