package org.jposh.interpreter.runtime.xml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pseudo-attributes of an XML declaration ({@code version="1.0" encoding="utf-8" standalone="yes"}), which
 * the declaration node keeps as its text, as .NET's XmlDeclaration.Value shows it.
 */
final class XmlDeclarations {
    private XmlDeclarations() {
    }

    /** The declaration's text of the three values; an empty or null encoding or standalone is left out. */
    static String data(String version, String encoding, String standalone) {
        StringBuilder data = new StringBuilder("version=\"").append(version).append('"');
        if (encoding != null && !encoding.isEmpty()) {
            data.append(" encoding=\"").append(encoding).append('"');
        }
        if (standalone != null && !standalone.isEmpty()) {
            data.append(" standalone=\"").append(standalone).append('"');
        }
        return data.toString();
    }

    /** One pseudo-attribute's value, "" when the declaration does not have it. */
    static String attribute(String data, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')").matcher(data);
        return !m.find() ? "" : m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** The declaration's text with one value changed. */
    static String with(String data, String name, String value) {
        String version = name.equals("version") ? value : attribute(data, "version");
        String encoding = name.equals("encoding") ? value : attribute(data, "encoding");
        String standalone = name.equals("standalone") ? value : attribute(data, "standalone");
        return data(version, encoding, standalone);
    }
}
