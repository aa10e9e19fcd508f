package org.jposh.remoting.cim.commands;

/** How a CIM session authenticates (Microsoft.Management.Infrastructure.Options.PasswordAuthenticationMechanism). */
public enum PasswordAuthenticationMechanism {
    Default, Digest, Negotiate, Basic, Kerberos, NtlmDomain, CredSsp
}
