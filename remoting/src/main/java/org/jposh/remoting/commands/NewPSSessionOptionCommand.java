package org.jposh.remoting.commands;

import java.util.Map;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.commands.ValidateRange;

/**
 * New-PSSessionOption: a PSSessionOption with pwsh's defaults and the given settings (the Windows
 * parameter list, on every platform). See {@link PSSessionOption} for the ones SSH sessions use.
 */
@Cmdlet(verb = "New", noun = "PSSessionOption")
public final class NewPSSessionOptionCommand extends PSRemotingCmdlet {    

        @Parameter
        private int maximumRedirection;

        @Parameter
        private boolean noCompression;

        @Parameter
        private boolean noMachineProfile;

        @Parameter
        @ValidateNotNull
        private String culture;

        @Parameter
        @ValidateNotNull
        private String UICulture;

        @Parameter
        private int maximumReceivedDataSizePerCommand;

        @Parameter
        private int maximumReceivedObjectSize;

        @Parameter
        private OutputBufferingMode outputBufferingMode;

        @Parameter
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int maxConnectionRetryCount;

        @Parameter
        @ValidateNotNull
        private Map<?, ?> applicationArguments;

        @Parameter
        @Alias("OpenTimeoutMSec")
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int openTimeout;

        @Parameter
        @Alias("CancelTimeoutMSec")
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int cancelTimeout;

        @Parameter
        @Alias("IdleTimeoutMSec")
        @ValidateRange(min = -1, max = Integer.MAX_VALUE)
        private int idleTimeout;

        @Parameter
        @ValidateNotNullOrEmpty
        private ProxyAccessType proxyAccessType;

        @Parameter
        private AuthenticationMechanism proxyAuthentication;

        @Parameter
        @ValidateNotNullOrEmpty
        @TransformArgument(CredentialTransformation.class)
        private PSCredential proxyCredential;

        @Parameter
        private boolean skipCACheck;

        @Parameter
        private boolean skipCNCheck;

        @Parameter
        private boolean skipRevocationCheck;

        @Parameter
        @Alias("OperationTimeoutMSec")
        @ValidateRange(min = 0, max = Integer.MAX_VALUE)
        private int operationTimeout;

        @Parameter
        private boolean noEncryption;

        @Parameter
        private boolean useUTF16;

        @Parameter
        private boolean includePortInSPN;
    
    /** Parameters whose property has another name, or holds a TimeSpan of the milliseconds given. */
    private static final Map<String, String> PROPERTY_NAMES = Map.of("MaximumRedirection",
            "MaximumConnectionRedirectionCount");

    @Override
    protected void endProcessing() {
        PSSessionOption option = new PSSessionOption();
        for (Map.Entry<String, Object> bound : boundParameters().entrySet()) {
            String parameter = bound.getKey();
            Object value = bound.getValue();
            if (parameter.endsWith("Timeout")) {
                option.setMilliseconds(parameter, (Integer) value);
            } else {
                option.set(PROPERTY_NAMES.getOrDefault(parameter, parameter), value);
            }
        }
        writeObject(option);
    }
}
