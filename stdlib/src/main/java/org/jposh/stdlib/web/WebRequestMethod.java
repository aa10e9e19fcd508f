package org.jposh.stdlib.web;

import java.util.Locale;

/** Microsoft.PowerShell.Commands.WebRequestMethod, the values of -Method (Default is GET). */
public enum WebRequestMethod {
    Default,
    Get,
    Head,
    Post,
    Put,
    Delete,
    Trace,
    Options,
    Merge,
    Patch;

    /** The method as the request line has it. */
    String httpName() {
        return this == Default ? "GET" : name().toUpperCase(Locale.ROOT);
    }
}
