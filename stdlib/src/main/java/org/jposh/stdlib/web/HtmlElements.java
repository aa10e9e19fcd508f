package org.jposh.stdlib.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jposh.interpreter.runtime.PSObject;

/**
 * The Links, Images and InputFields of a BasicHtmlWebResponseObject, found by pwsh's regular expressions (no
 * HTML parser): each element an object with outerHTML, tagName and a note property per attribute.
 */
final class HtmlElements {
    private static final int FLAGS = Pattern.DOTALL | Pattern.CASE_INSENSITIVE;
    private static final String NAME = "[^\"'>/=\\s\\p{Cc}]+";
    private static final String VALUE = "(?:\".*?\"|'.*?'|[^'\">\\s]+)";
    // .NET's (?<=\s+) is (?<=\s) in Java, which wants look-behinds of bounded length; both match the same.
    private static final Pattern ATTRIBUTES = Pattern.compile("(?<=\\s)(" + NAME + "(\\s*=\\s*" + VALUE + ")?)", FLAGS);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(" + NAME + ")(?:\\s*=\\s*(?:\"(.*?)\"|'(.*?)'|([^'\">\\s]+)))?", FLAGS);
    private static final Pattern TAG = Pattern.compile("<\\w+((\\s+" + NAME + "(\\s*=\\s*" + VALUE + ")?)+\\s*|\\s*)/?>",
            FLAGS);
    static final Pattern LINK = Pattern.compile("<a\\s+[^>]*(/>|>.*?</a>)", FLAGS);
    static final Pattern IMAGE = Pattern.compile("<img\\s[^>]*?>", FLAGS);
    static final Pattern INPUT = Pattern.compile("<input\\s+[^>]*(/?>|>.*?</input>)", FLAGS);

    private HtmlElements() {
    }

    /** The elements the pattern finds in the content, as pwsh's WebCmdletElementCollection holds them. */
    static Object[] find(String content, Pattern element, String tagName) {
        List<Object> found = new ArrayList<>();
        Matcher m = element.matcher(content);
        while (m.find()) {
            found.add(create(m.group(), tagName));
        }
        return found.toArray();
    }

    private static PSObject create(String html, String tagName) {
        PSObject element = PSObject.newCustomObject();
        element.setNoteProperty("outerHTML", html);
        element.setNoteProperty("tagName", tagName);
        Matcher tag = TAG.matcher(html);
        String start = tag.find() ? tag.group() : "";
        Matcher attributes = ATTRIBUTES.matcher(start);
        while (attributes.find()) {
            Matcher nv = ATTRIBUTE.matcher(attributes.group());
            if (!nv.find()) {
                continue;
            }
            String value = nv.group(2) != null ? nv.group(2) : nv.group(3) != null ? nv.group(3) : nv.group(4);
            element.setNoteProperty(nv.group(1), value);
        }
        return element;
    }
}
