package org.jposh.stdlib.utility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TypeData;
import org.jposh.interpreter.runtime.TypeResolver;
import org.jposh.interpreter.runtime.xml.XmlDocument;
import org.jposh.interpreter.runtime.xml.XmlNode;

/**
 * A types.ps1xml file (pwsh's TypesPs1xmlReader): {@code <Types><Type><Name>} with {@code <Members>} of
 * NoteProperty, AliasProperty, ScriptProperty, ScriptMethod, PropertySet and the PSStandardMembers MemberSet
 * (DefaultDisplayPropertySet, DefaultDisplayProperty, DefaultKeyPropertySet, SerializationDepth and the other
 * serialization settings), and TypeConverter and TypeAdapter. Code members, which name compiled .NET methods,
 * are reported and left out.
 */
public final class TypesFile {
    private final Path file;
    private final List<String> errors;

    private TypesFile(Path file, List<String> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The type data of the file; what is wrong in it goes to {@code errors} (a type with errors is left out). */
    public static List<TypeData> read(Path file, List<String> errors) {
        return new TypesFile(file, errors).read();
    }

    private List<TypeData> read() {
        XmlNode root;
        try {
            root = XmlDocument.parse(Files.readString(file)).documentElement();
        } catch (IOException | DotNetException e) {
            errors.add(file + ", " + file + " : Exception: " + e.getMessage());
            return List.of();
        }
        List<TypeData> result = new ArrayList<>();
        if (root == null || !root.name().equals("Types")) {
            error("The node Types was not found. Add the node and run the command again.");
            return result;
        }
        for (XmlNode type : children(root, "Type")) {
            int before = errors.size();
            TypeData data = type(type);
            if (data != null && errors.size() == before) {
                result.add(data);
            }
        }
        return result;
    }

    private TypeData type(XmlNode type) {
        String name = text(type, "Name");
        if (name == null || name.isBlank()) {
            error("The node Name was not found in Type. Add the node and run the command again.");
            return null;
        }
        TypeData data = new TypeData(name);
        XmlNode members = child(type, "Members");
        if (members != null) {
            for (XmlNode member : children(members, null)) {
                member(data, member);
            }
        }
        DotNetType converter = typeNamed(child(type, "TypeConverter"));
        if (converter != null) {
            data.setTypeConverter(converter);
        }
        DotNetType adapter = typeNamed(child(type, "TypeAdapter"));
        if (adapter != null) {
            data.setTypeAdapter(adapter);
        }
        return data;
    }

    private void member(TypeData data, XmlNode member) {
        String name = required(member, "Name");
        TypeData.TypeMemberData result = switch (member.name()) {
            case "NoteProperty" -> new TypeData.NotePropertyData(name, noteValue(member));
            case "AliasProperty" -> new TypeData.AliasPropertyData(name, required(member, "ReferencedMemberName"),
                    typeNamed(member));
            case "ScriptProperty" -> new TypeData.ScriptPropertyData(name, script(member, "GetScriptBlock"),
                    script(member, "SetScriptBlock"));
            case "ScriptMethod" -> new TypeData.ScriptMethodData(name, ScriptBlock.create(required(member, "Script")));
            case "PropertySet" -> new TypeData.PropertySetData(name, referencedProperties(member));
            case "MemberSet" -> {
                if ("PSStandardMembers".equalsIgnoreCase(name)) {
                    standardMembers(data, member);
                } else {
                    error("The member set " + name + " is not supported by JPosh; only PSStandardMembers is.");
                }
                yield null;
            }
            default -> {
                error("The member " + name + " of type " + member.name() + " is not supported by JPosh.");
                yield null;
            }
        };
        if (result != null) {
            data.members().put(name, result);
        }
    }

    /** The PSStandardMembers member set: the standard members pwsh keeps apart from a type's members. */
    private void standardMembers(TypeData data, XmlNode set) {
        XmlNode members = child(set, "Members");
        for (XmlNode member : members == null ? List.<XmlNode>of() : children(members, null)) {
            String name = text(member, "Name");
            switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
                case "defaultdisplaypropertyset" -> data.setDefaultDisplayPropertySet(referencedProperties(member));
                case "defaultkeypropertyset" -> data.setDefaultKeyPropertySet(referencedProperties(member));
                case "propertyserializationset" -> data.setPropertySerializationSet(referencedProperties(member));
                case "defaultdisplayproperty" -> data.setDefaultDisplayProperty(required(member, "Value"));
                case "serializationmethod" -> data.setSerializationMethod(required(member, "Value"));
                case "serializationdepth" -> {
                    String depth = required(member, "Value").trim();
                    if (depth.matches("\\d{1,9}")) {
                        data.setSerializationDepth(Integer.parseInt(depth));
                    } else {
                        error("Member \"SerializationDepth\" must have type \"System.UInt32\".");
                    }
                }
                case "inheritpropertyserializationset" -> {
                    String inherit = required(member, "Value").trim();
                    if (inherit.equalsIgnoreCase("true") || inherit.equalsIgnoreCase("false")) {
                        data.setInheritPropertySerializationSet(Boolean.parseBoolean(inherit));
                    } else {
                        error("The value should be either TRUE or FALSE instead of " + inherit + ".");
                    }
                }
                case "stringserializationsource" ->
                        data.setStringSerializationSource(required(member, "ReferencedMemberName"));
                case "targettypefordeserialization" -> data.setTargetTypeForDeserialization(typeNamed(member));
                default -> error("The member " + name + " is not a standard member JPosh knows.");
            }
        }
    }

    /** A note's value: its text, converted to the type a {@code <TypeName>} names. */
    private Object noteValue(XmlNode note) {
        String value = required(note, "Value");
        DotNetType type = typeNamed(note);
        return type == null ? value : LanguagePrimitives.convertTo(value, type);
    }

    private ScriptBlock script(XmlNode member, String element) {
        String text = text(member, element);
        return text == null ? null : ScriptBlock.create(text);
    }

    private static List<String> referencedProperties(XmlNode propertySet) {
        List<String> names = new ArrayList<>();
        XmlNode referenced = child(propertySet, "ReferencedProperties");
        for (XmlNode name : referenced == null ? List.<XmlNode>of() : children(referenced, "Name")) {
            names.add(name.innerText().trim());
        }
        return names;
    }

    /** The type an element's {@code <TypeName>} child names, or null. */
    private DotNetType typeNamed(XmlNode element) {
        String name = element == null ? null : text(element, "TypeName");
        if (name == null) {
            return null;
        }
        DotNetType type = TypeResolver.tryResolve(name.trim(), List.of());
        if (type == null) {
            error("Unable to find type [" + name.trim() + "].");
        }
        return type;
    }

    private void error(String message) {
        errors.add(file + ", " + file + " : " + message);
    }

    /** A child element's text; when it is missing, pwsh's NodeNotFoundOnce error and an empty text. */
    private String required(XmlNode parent, String name) {
        String text = text(parent, name);
        if (text == null) {
            error("Node \"" + name + "\" was not found. It should occur only once under \"" + parent.name()
                    + "\". The parent node, \"" + parent.name() + "\", will be ignored.");
            return "";
        }
        return text;
    }

    private static String text(XmlNode parent, String name) {
        XmlNode element = child(parent, name);
        return element == null ? null : element.innerText();
    }

    private static XmlNode child(XmlNode parent, String name) {
        List<XmlNode> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The child elements, those of a name when it is not null. */
    private static List<XmlNode> children(XmlNode parent, String name) {
        List<XmlNode> result = new ArrayList<>();
        for (XmlNode n = parent.firstChild(); n != null; n = n.nextSibling()) {
            if (!n.name().startsWith("#") && (name == null || n.name().equals(name))) {
                result.add(n);
            }
        }
        return result;
    }
}
