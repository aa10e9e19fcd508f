package org.jposh.interpreter.commands;

import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * System.Management.Automation.SessionState as scripts see it ({@code $ExecutionContext.SessionState},
 * {@code $PSCmdlet.SessionState}): its Path, PSVariable, Module and InvokeCommand. The library that provides
 * the file system and modules provides it, as it alone can resolve paths and knows the modules.
 */
public interface SessionStateIntrinsics extends DotNetTyped {
    /**
     * PathIntrinsics.GetUnresolvedProviderPathFromPSPath, which PSCmdlet offers as well: the file-system path
     * a PowerShell path names, whether or not it exists.
     */
    String getUnresolvedProviderPathFromPSPath(String path);
}
