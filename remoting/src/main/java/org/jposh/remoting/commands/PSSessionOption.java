package org.jposh.remoting.commands;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TimeSpan;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.Remoting.PSSessionOption, as New-PSSessionOption makes it: pwsh's
 * properties with pwsh's defaults, in pwsh's order. Most are WS-Management settings. SSH sessions use
 * {@code OpenTimeout} (how long opening the session may take) and {@code CancelTimeout} (how long a
 * stopped command may take to stop) of the {@code $PSSessionOption} preference variable, as pwsh's
 * WS-Management sessions do; pwsh's SSH sessions ignore every option.
 */
public final class PSSessionOption {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Remoting", "PSSessionOption",
            PSSessionOption.class, PSSessionOption::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    private static final long TICKS_PER_MILLISECOND = 10_000;

    /** The properties and their defaults; timeouts are TimeSpans, set in milliseconds. */
    private static final List<String> NAMES = List.of("MaximumConnectionRedirectionCount", "NoCompression",
            "NoMachineProfile", "ProxyAccessType", "ProxyAuthentication", "ProxyCredential", "SkipCACheck",
            "SkipCNCheck", "SkipRevocationCheck", "NoEncryption", "UseUTF16", "IncludePortInSPN", "OutputBufferingMode",
            "MaxConnectionRetryCount", "Culture", "UICulture", "MaximumReceivedDataSizePerCommand",
            "MaximumReceivedObjectSize", "ApplicationArguments", "OpenTimeout", "CancelTimeout", "IdleTimeout",
            "OperationTimeout");

    private final Map<String, Object> values = new LinkedHashMap<>();

    PSSessionOption() {
        for (String name : NAMES) {
            values.put(name, null);
        }
        values.put("MaximumConnectionRedirectionCount", 5);
        values.put("ProxyAccessType", ProxyAccessType.None);
        values.put("ProxyAuthentication", AuthenticationMechanism.Negotiate);
        values.put("OutputBufferingMode", OutputBufferingMode.None);
        values.put("MaxConnectionRetryCount", 5);
        values.put("MaximumReceivedObjectSize", 209_715_200);
        for (String flag : List.of("NoCompression", "NoMachineProfile", "SkipCACheck", "SkipCNCheck",
                "SkipRevocationCheck", "NoEncryption", "UseUTF16", "IncludePortInSPN")) {
            values.put(flag, false);
        }
        setMilliseconds("OpenTimeout", 180_000);
        setMilliseconds("CancelTimeout", 60_000);
        setMilliseconds("IdleTimeout", -1);
        setMilliseconds("OperationTimeout", 180_000);
    }

    void set(String name, Object value) {
        values.put(name, value);
    }

    void setMilliseconds(String name, int milliseconds) {
        values.put(name, new TimeSpan(milliseconds * TICKS_PER_MILLISECOND));
    }

    Duration openTimeout() {
        return duration("OpenTimeout");
    }

    Duration cancelTimeout() {
        return duration("CancelTimeout");
    }

    private Duration duration(String name) {
        return Duration.ofNanos(((TimeSpan) values.get(name)).ticks() * 100);
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        for (String name : NAMES) {
            b.property(name, CoreTypes.OBJECT, o -> ((PSSessionOption) o).values.get(name));
        }
    }
}
