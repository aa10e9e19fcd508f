/** Cmdlets of PowerShell's Microsoft.PowerShell.Core module: the session's command history. */
package org.jposh.stdlib.core;
