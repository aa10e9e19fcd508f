package org.jposh.remoting.psrp.messages;

/**
 * System.Management.Automation.Remoting.RemoteHostMethodId (MS-PSRP 2.2.3.17): the host method a
 * PIPELINE_HOST_CALL or RUNSPACEPOOL_HOST_CALL asks the client to run.
 */
public enum HostMethodId implements DotNetEnum {
    GET_NAME(1, "GetName"),
    GET_VERSION(2, "GetVersion"),
    GET_INSTANCE_ID(3, "GetInstanceId"),
    GET_CURRENT_CULTURE(4, "GetCurrentCulture"),
    GET_CURRENT_UI_CULTURE(5, "GetCurrentUICulture"),
    SET_SHOULD_EXIT(6, "SetShouldExit"),
    ENTER_NESTED_PROMPT(7, "EnterNestedPrompt"),
    EXIT_NESTED_PROMPT(8, "ExitNestedPrompt"),
    NOTIFY_BEGIN_APPLICATION(9, "NotifyBeginApplication"),
    NOTIFY_END_APPLICATION(10, "NotifyEndApplication"),
    READ_LINE(11, "ReadLine"),
    READ_LINE_AS_SECURE_STRING(12, "ReadLineAsSecureString"),
    WRITE1(13, "Write1"),
    WRITE2(14, "Write2"),
    WRITE_LINE1(15, "WriteLine1"),
    WRITE_LINE2(16, "WriteLine2"),
    WRITE_LINE3(17, "WriteLine3"),
    WRITE_ERROR_LINE(18, "WriteErrorLine"),
    WRITE_DEBUG_LINE(19, "WriteDebugLine"),
    WRITE_PROGRESS(20, "WriteProgress"),
    WRITE_VERBOSE_LINE(21, "WriteVerboseLine"),
    WRITE_WARNING_LINE(22, "WriteWarningLine"),
    PROMPT(23, "Prompt"),
    PROMPT_FOR_CREDENTIAL1(24, "PromptForCredential1"),
    PROMPT_FOR_CREDENTIAL2(25, "PromptForCredential2"),
    PROMPT_FOR_CHOICE(26, "PromptForChoice"),
    GET_FOREGROUND_COLOR(27, "GetForegroundColor"),
    SET_FOREGROUND_COLOR(28, "SetForegroundColor"),
    GET_BACKGROUND_COLOR(29, "GetBackgroundColor"),
    SET_BACKGROUND_COLOR(30, "SetBackgroundColor"),
    GET_CURSOR_POSITION(31, "GetCursorPosition"),
    SET_CURSOR_POSITION(32, "SetCursorPosition"),
    GET_WINDOW_POSITION(33, "GetWindowPosition"),
    SET_WINDOW_POSITION(34, "SetWindowPosition"),
    GET_CURSOR_SIZE(35, "GetCursorSize"),
    SET_CURSOR_SIZE(36, "SetCursorSize"),
    GET_BUFFER_SIZE(37, "GetBufferSize"),
    SET_BUFFER_SIZE(38, "SetBufferSize"),
    GET_WINDOW_SIZE(39, "GetWindowSize"),
    SET_WINDOW_SIZE(40, "SetWindowSize"),
    GET_WINDOW_TITLE(41, "GetWindowTitle"),
    SET_WINDOW_TITLE(42, "SetWindowTitle"),
    GET_MAX_WINDOW_SIZE(43, "GetMaxWindowSize"),
    GET_MAX_PHYSICAL_WINDOW_SIZE(44, "GetMaxPhysicalWindowSize"),
    GET_KEY_AVAILABLE(45, "GetKeyAvailable"),
    READ_KEY(46, "ReadKey"),
    FLUSH_INPUT_BUFFER(47, "FlushInputBuffer"),
    SET_BUFFER_CONTENTS1(48, "SetBufferContents1"),
    SET_BUFFER_CONTENTS2(49, "SetBufferContents2"),
    GET_BUFFER_CONTENTS(50, "GetBufferContents"),
    SCROLL_BUFFER_CONTENTS(51, "ScrollBufferContents"),
    PUSH_RUNSPACE(52, "PushRunspace"),
    POP_RUNSPACE(53, "PopRunspace"),
    GET_IS_RUNSPACE_PUSHED(54, "GetIsRunspacePushed"),
    GET_RUNSPACE(55, "GetRunspace"),
    PROMPT_FOR_CHOICE_MULTIPLE_SELECTION(56, "PromptForChoiceMultipleSelection");

    static final String[] TYPE_NAMES = Fields.enumTypeNames("System.Management.Automation.Remoting.RemoteHostMethodId");

    private final int value;
    private final String dotNetName;

    HostMethodId(int value, String dotNetName) {
        this.value = value;
        this.dotNetName = dotNetName;
    }

    @Override
    public int value() {
        return value;
    }

    @Override
    public String dotNetName() {
        return dotNetName;
    }
}
