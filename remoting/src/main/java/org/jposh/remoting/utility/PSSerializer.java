package org.jposh.remoting.utility;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Collections;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.remoting.bridge.PsObjectBridge;
import org.jposh.remoting.psrp.clixml.ClixmlException;
import org.jposh.remoting.psrp.clixml.ClixmlReader;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;

/**
 * [System.Management.Automation.PSSerializer]: objects to CLIXML text and back, as Export-Clixml and Import-Clixml
 * write and read files (an indented {@code <Objs>} document, SecureStrings protected as on Unix), one level deep
 * unless told. The cmdlets use its Java side, so the three agree.
 */
final class PSSerializer {
    /** PSSerializer.Serialize's depth when none is given (the cmdlets' is 2). */
    static final int DEFAULT_DEPTH = 1;

    static final String TYPE_NAME = "System.Management.Automation.PSSerializer";

    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "PSSerializer", null,
            PSSerializer::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private PSSerializer() {
    }

    /** Serialize(source, depth): the document for one object. */
    static String serialize(Object source, int depth) {
        if (depth < 1) {
            throw new DotNetException("System.Management.Automation.PSArgumentException",
                    "Value of depth parameter must be greater than or equal to 1.");
        }
        return ClixmlWriter.writeDocument(Collections.singletonList(serializer().serializeNext(source, depth)),
                ClixmlWriter.UNLIMITED_DEPTH);
    }

    /** A serializer for the objects of one document, which share their references. */
    static PsObjectBridge serializer() {
        return PsObjectBridge.forDocument(LocalSecureStrings.INSTANCE);
    }

    /**
     * DeserializeAsList: the objects of a document, rehydrated as pwsh rehydrates them.
     *
     * @throws ClixmlException for text that is not such a document, with the message of pwsh's XmlException
     */
    static List<Object> deserializeAsList(String source) {
        return PsObjectBridge.deserializeAll(ClixmlReader.readDocument(source), LocalSecureStrings.INSTANCE);
    }

    /** Deserialize's objects; a failure is the .NET exception pwsh's method call reports. */
    private static Object[] deserializeAsArray(String source) {
        if (source == null) {
            throw DotNetException.argumentNull("s");
        }
        try {
            return deserializeAsList(source).toArray();
        } catch (ClixmlException e) {
            throw new DotNetException("System.Xml.XmlException", e.getMessage());
        }
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.staticMethod("Serialize", CoreTypes.STRING, (t, a) -> serialize(a[0], DEFAULT_DEPTH),
                param("source", CoreTypes.OBJECT));
        b.staticMethod("Serialize", CoreTypes.STRING, (t, a) -> serialize(a[0], (Integer) a[1]),
                param("source", CoreTypes.OBJECT), param("depth", CoreTypes.INT32));
        b.staticMethod("Deserialize", CoreTypes.OBJECT, (t, a) -> {
            Object[] results = deserializeAsArray((String) a[0]);
            return results.length == 0 ? null : results.length == 1 ? results[0] : results;
        }, param("source", CoreTypes.STRING));
        b.staticMethod("DeserializeAsList", CoreTypes.OBJECT.arrayType(), (t, a) -> deserializeAsArray((String) a[0]),
                param("source", CoreTypes.STRING));
    }
}
