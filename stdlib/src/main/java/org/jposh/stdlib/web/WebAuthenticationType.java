package org.jposh.stdlib.web;

/**
 * Microsoft.PowerShell.Commands.WebAuthenticationType, the values of -Authentication: Basic sends -Credential,
 * Bearer and OAuth send -Token, as an Authorization header with every request of the session.
 */
public enum WebAuthenticationType {
    None,
    Basic,
    Bearer,
    OAuth
}
