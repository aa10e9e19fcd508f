package org.jposh.interpreter.commands;

import java.util.function.Consumer;
import org.jposh.interpreter.commands.Inquiry.ContinueStatus;
import org.jposh.interpreter.host.InternalHost;
import org.jposh.interpreter.host.PSHostUserInterface;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * ShouldProcess and ShouldContinue for one command invocation, as pwsh's MshCommandRuntime answers
 * them for cmdlets and advanced functions alike. ShouldProcess: -WhatIf (or $WhatIfPreference) only
 * says what would happen; otherwise the command asks the user when its ConfirmImpact reaches
 * $ConfirmPreference (-Confirm makes that Low, -Confirm:$false None). An answer "Yes to All" or "No to
 * All" holds for the rest of the invocation, every remaining pipeline object included.
 */
public final class ShouldProcessRuntime {
    static final String SHOULD_PROCESS_MESSAGE = "Performing the operation \"%s\" on target \"%s\".";
    private static final String WARNING_FALLBACK = "Are you sure you want to perform this action?\n";

    /** Why ShouldProcess answered as it did: None, or WhatIf when -WhatIf answered (a [Flags] enum, as .NET's). */
    public static final DotNetType REASON = CoreTypes.defineEnum("System.Management.Automation",
            "ShouldProcessReason", true, "None", "WhatIf");

    private final CommandMetadata command;
    private final CommonParameters common;
    private final SessionStateScope scope;
    private final PSHostUserInterface ui;
    private final Inquiry inquiry;
    private final Consumer<String> verbose;
    private ContinueStatus lastShouldProcessStatus = ContinueStatus.YES;

    /**
     * @param scope   the scope the command runs in, whose $WhatIfPreference and $ConfirmPreference apply
     * @param host    the session's host, which Suspend enters a nested prompt of
     * @param verbose writes a verbose message of the command (shown with -Verbose)
     */
    ShouldProcessRuntime(CommandMetadata command, CommonParameters common, SessionStateScope scope,
                         PSHostUserInterface ui, InternalHost host, Consumer<String> verbose) {
        this.command = command;
        this.common = common;
        this.scope = scope;
        this.ui = ui;
        this.inquiry = new Inquiry(ui, host);
        this.verbose = verbose;
    }

    /** pwsh's "Performing the operation "{action}" on target "{target}"." */
    public static String operationDescription(String target, String action) {
        return String.format(SHOULD_PROCESS_MESSAGE, action, target);
    }

    /**
     * Whether the command may make the change {@code description} tells: false with -WhatIf (after
     * printing "What if: description"), else asks the user with {@code warning} (by default "Are you sure
     * you want to perform this action?" and the description) under {@code caption} ("Confirm") when
     * confirmation is needed.
     *
     * @throws org.jposh.interpreter.host.HostException when the host cannot ask (non-interactive)
     */
    public boolean shouldProcess(String description, String warning, String caption) {
        return shouldProcess(description, warning, caption, new boolean[1]);
    }

    /**
     * {@link #shouldProcess(String, String, String)} that also tells why, as pwsh's ShouldProcessReason:
     * {@code whatIf[0]} becomes true when -WhatIf answered (WhatIf), false otherwise (None).
     */
    public boolean shouldProcess(String description, String warning, String caption, boolean[] whatIf) {
        whatIf[0] = false;
        if (lastShouldProcessStatus == ContinueStatus.NO_TO_ALL) {
            return false;
        }
        if (lastShouldProcessStatus == ContinueStatus.YES_TO_ALL) {
            return true;
        }
        if (whatIf()) {
            whatIf[0] = true;
            ui.writeLine("What if: " + description);
            return false;
        }
        if (canAutoConfirm()) {
            if (Boolean.TRUE.equals(common.verbose())) {
                verbose.accept(description);
            }
            return true;
        }
        String message = warning == null || warning.isEmpty() ? WARNING_FALLBACK + description : warning;
        lastShouldProcessStatus = inquiry.confirm(message, caption, true, false);
        return lastShouldProcessStatus == ContinueStatus.YES || lastShouldProcessStatus == ContinueStatus.YES_TO_ALL;
    }

    /**
     * ShouldContinue: asks the user {@code query} whatever -Confirm and the preferences say. With
     * {@code toAll} (yes-to-all and no-to-all, read and updated), the answers "Yes to All" and "No to All"
     * are offered and remembered there; without, only yes or no. A question with {@code securityImpact}
     * answers No by default.
     */
    public boolean shouldContinue(String query, String caption, boolean securityImpact, boolean[] toAll) {
        if (toAll != null) {
            if (toAll[1]) {
                return false;
            }
            if (toAll[0]) {
                return true;
            }
        }
        ContinueStatus status = inquiry.confirm(query, caption, toAll != null, securityImpact);
        if (status == ContinueStatus.NO_TO_ALL) {
            toAll[1] = true;
        } else if (status == ContinueStatus.YES_TO_ALL) {
            toAll[0] = true;
        }
        return status == ContinueStatus.YES || status == ContinueStatus.YES_TO_ALL;
    }

    /** -WhatIf when given, else $WhatIfPreference. */
    private boolean whatIf() {
        Boolean flag = common.whatIf();
        return flag != null ? flag : LanguagePrimitives.isTrue(scope.get("WhatIfPreference"));
    }

    /** No question when the preference is None or above the command's impact (pwsh's CanShouldProcessAutoConfirm). */
    private boolean canAutoConfirm() {
        ConfirmImpact threshold = confirmPreference();
        return threshold == ConfirmImpact.None || threshold.compareTo(command.confirmImpact()) > 0;
    }

    private ConfirmImpact confirmPreference() {
        Boolean flag = common.confirm();
        if (flag != null) {
            return flag ? ConfirmImpact.Low : ConfirmImpact.None;
        }
        return ConfirmImpact.from(scope.get("ConfirmPreference"), ConfirmImpact.High);
    }
}
