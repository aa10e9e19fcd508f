package org.jposh.interpreter.commands;

/** Stand-ins for the .NET types of the session cmdlets' parameters; the binder only needs their identity. */
final class SessionTypes {
    private SessionTypes() {
    }

    record PSSession(int id, String name) {
    }

    record PSCredential(String userName) {
    }

    static final class PSSessionOption {
    }

    static final class CimSession {
    }

    static final class CimInstance {
    }

    static final class CimSessionOptions {
    }

    enum AuthenticationMechanism { Default, Basic, Negotiate, NegotiateWithImplicitCredential, Credssp, Digest, Kerberos }

    enum PasswordAuthenticationMechanism { Default, Basic, Digest, Negotiate, Kerberos, NtlmDomain, CredSsp }

    enum SessionFilterState { All, Opened, Disconnected, Closed, Broken }

    enum OutputBufferingMode { None, Drop, Block }

    enum OutTarget { Default, Host, Job }

    enum ProxyAccessType { None, IEConfig, WinHttpConfig, AutoDetect, NoProxyServer }

    /**
     * [Credential()]: a PSCredential passes, a user name becomes a credential (pwsh then prompts for the
     * password; the test host answers nothing), anything else fails as it does in pwsh.
     */
    public static final class CredentialTransformation implements ArgumentTransformation {
        @Override
        public Object transform(BindingServices services, Object inputData) {
            if (inputData == null || inputData instanceof PSCredential) {
                return inputData;
            }
            if (inputData instanceof String userName) {
                return new PSCredential(userName);
            }
            throw new IllegalArgumentException("Cannot convert the \"" + inputData + "\" value of type \""
                    + inputData.getClass().getSimpleName() + "\" to type \"PSCredential\".");
        }

        @Override
        public boolean transformNullOptionalParameters() {
            return false;
        }
    }
}
