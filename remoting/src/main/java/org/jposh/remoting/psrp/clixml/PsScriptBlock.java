package org.jposh.remoting.psrp.clixml;

/** A script block ({@code SBK}): only its text travels; the receiver decides whether to compile it. */
public record PsScriptBlock(String text) {
}
