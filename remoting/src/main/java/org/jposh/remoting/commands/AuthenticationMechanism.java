package org.jposh.remoting.commands;

/** How a WS-Management session authenticates (System.Management.Automation.Runspaces.AuthenticationMechanism). */
public enum AuthenticationMechanism {
    Default, Basic, Negotiate, NegotiateWithImplicitCredential, Credssp, Digest, Kerberos
}
