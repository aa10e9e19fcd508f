package org.jposh.stdlib;

import java.util.List;
import org.jposh.interpreter.commands.CmdletProvider;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.stdlib.archive.CompressArchiveCommand;
import org.jposh.stdlib.archive.ExpandArchiveCommand;
import org.jposh.stdlib.core.ClearHistoryCommand;
import org.jposh.stdlib.core.CompletionResult;
import org.jposh.stdlib.core.GetHistoryCommand;
import org.jposh.stdlib.core.InvokeHistoryCommand;
import org.jposh.stdlib.core.RegisterArgumentCompleterCommand;
import org.jposh.stdlib.core.SetStrictModeCommand;
import org.jposh.stdlib.core.ForEachObjectCommand;
import org.jposh.stdlib.core.WhereObjectCommand;
import org.jposh.interpreter.runtime.AutomaticVariables;
import org.jposh.interpreter.runtime.ComputedVariable;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.stdlib.management.PathInfo;
import org.jposh.stdlib.management.ScriptSessionState;
import org.jposh.stdlib.management.FileSystemProvider;
import org.jposh.stdlib.management.FileSystemInfo;
import org.jposh.stdlib.host.ClearHostCommand;
import org.jposh.stdlib.host.OutDefaultCommand;
import org.jposh.stdlib.management.AddContentCommand;
import org.jposh.stdlib.management.ClearContentCommand;
import org.jposh.stdlib.management.CopyItemCommand;
import org.jposh.stdlib.management.GetChildItemCommand;
import org.jposh.stdlib.management.GetContentCommand;
import org.jposh.stdlib.management.GetFileHashCommand;
import org.jposh.stdlib.management.GetItemCommand;
import org.jposh.stdlib.management.GetLocationCommand;
import org.jposh.stdlib.management.GetPSDriveCommand;
import org.jposh.stdlib.management.GetPSProviderCommand;
import org.jposh.stdlib.management.NewPSDriveCommand;
import org.jposh.stdlib.management.ProcessInfo;
import org.jposh.stdlib.management.RemovePSDriveCommand;
import org.jposh.stdlib.management.GetProcessCommand;
import org.jposh.stdlib.management.StartProcessCommand;
import org.jposh.stdlib.management.StopProcessCommand;
import org.jposh.stdlib.management.WaitProcessCommand;
import org.jposh.stdlib.management.JoinPathCommand;
import org.jposh.stdlib.management.MoveItemCommand;
import org.jposh.stdlib.management.NewItemCommand;
import org.jposh.stdlib.management.NewTemporaryFileCommand;
import org.jposh.stdlib.management.PopLocationCommand;
import org.jposh.stdlib.management.PushLocationCommand;
import org.jposh.stdlib.management.RemoveItemCommand;
import org.jposh.stdlib.management.RenameItemCommand;
import org.jposh.stdlib.management.ResolvePathCommand;
import org.jposh.stdlib.management.ConvertPathCommand;
import org.jposh.stdlib.management.SelectXmlCommand;
import org.jposh.stdlib.management.SetContentCommand;
import org.jposh.stdlib.management.SetItemCommand;
import org.jposh.stdlib.management.SetLocationCommand;
import org.jposh.stdlib.management.SplitPathCommand;
import org.jposh.stdlib.management.TestPathCommand;
import org.jposh.stdlib.host.OutHostCommand;
import org.jposh.stdlib.pester.AfterAllCommand;
import org.jposh.stdlib.pester.AfterEachCommand;
import org.jposh.stdlib.pester.AssertMockCalledCommand;
import org.jposh.stdlib.pester.BeforeAllCommand;
import org.jposh.stdlib.pester.BeforeDiscoveryCommand;
import org.jposh.stdlib.pester.InModuleScopeCommand;
import org.jposh.stdlib.pester.BeforeEachCommand;
import org.jposh.stdlib.pester.ContextCommand;
import org.jposh.stdlib.pester.DescribeCommand;
import org.jposh.stdlib.pester.InvokeMockCommand;
import org.jposh.stdlib.pester.InvokePesterCommand;
import org.jposh.stdlib.pester.ItCommand;
import org.jposh.stdlib.pester.MockCommand;
import org.jposh.stdlib.pester.NewPesterConfigurationCommand;
import org.jposh.stdlib.pester.SetItResultCommand;
import org.jposh.stdlib.pester.ShouldCommand;
import org.jposh.stdlib.host.OutNullCommand;
import org.jposh.stdlib.web.InvokeRestMethodCommand;
import org.jposh.stdlib.web.InvokeWebRequestCommand;
import org.jposh.stdlib.web.WebRequestSession;
import org.jposh.stdlib.utility.FormatListCommand;
import org.jposh.stdlib.utility.FormatTableCommand;
import org.jposh.stdlib.utility.FormatWideCommand;
import org.jposh.stdlib.utility.OutFileCommand;
import org.jposh.stdlib.utility.OutStringCommand;
import org.jposh.stdlib.utility.WriteDebugCommand;
import org.jposh.stdlib.utility.WriteErrorCommand;
import org.jposh.stdlib.utility.WriteHostCommand;
import org.jposh.stdlib.utility.WriteInformationCommand;
import org.jposh.stdlib.utility.ConvertFromCsvCommand;
import org.jposh.stdlib.utility.ConvertFromStringDataCommand;
import org.jposh.stdlib.utility.ConvertFromJsonCommand;
import org.jposh.stdlib.utility.ConvertToCsvCommand;
import org.jposh.stdlib.utility.ConvertToJsonCommand;
import org.jposh.stdlib.utility.ConvertToHtmlCommand;
import org.jposh.stdlib.utility.ConvertToXmlCommand;
import org.jposh.stdlib.utility.ByteCollection;
import org.jposh.stdlib.utility.ExportCsvCommand;
import org.jposh.stdlib.utility.FormatHexCommand;
import org.jposh.stdlib.utility.GetDateCommand;
import org.jposh.stdlib.utility.GetCultureCommand;
import org.jposh.stdlib.utility.GetRandomCommand;
import org.jposh.stdlib.utility.AddTypeCommand;
import org.jposh.stdlib.utility.GetErrorCommand;
import org.jposh.stdlib.utility.GetPSCallStackCommand;
import org.jposh.stdlib.utility.GetUICultureCommand;
import org.jposh.stdlib.utility.GetUniqueCommand;
import org.jposh.stdlib.utility.GroupObjectCommand;
import org.jposh.stdlib.utility.ImportCsvCommand;
import org.jposh.stdlib.utility.NewObjectCommand;
import org.jposh.stdlib.utility.NewTimeSpanCommand;
import org.jposh.stdlib.utility.NewGuidCommand;
import org.jposh.stdlib.utility.GetVerbCommand;
import org.jposh.stdlib.utility.VerbInfo;
import org.jposh.stdlib.utility.SelectStringCommand;
import org.jposh.stdlib.utility.SortObjectCommand;
import org.jposh.stdlib.utility.StartSleepCommand;
import org.jposh.stdlib.utility.TeeObjectCommand;
import org.jposh.stdlib.utility.AddMemberCommand;
import org.jposh.stdlib.utility.GetTypeDataCommand;
import org.jposh.stdlib.utility.RemoveTypeDataCommand;
import org.jposh.stdlib.utility.UpdateTypeDataCommand;
import org.jposh.stdlib.utility.CompareObjectCommand;
import org.jposh.stdlib.utility.GetMemberCommand;
import org.jposh.stdlib.utility.MeasureObjectCommand;
import org.jposh.stdlib.utility.SelectObjectCommand;
import org.jposh.stdlib.utility.WriteOutputCommand;
import org.jposh.stdlib.utility.ReadHostCommand;
import org.jposh.stdlib.events.GetEventCommand;
import org.jposh.stdlib.events.GetEventSubscriberCommand;
import org.jposh.stdlib.events.NewEventCommand;
import org.jposh.stdlib.events.RegisterEngineEventCommand;
import org.jposh.stdlib.events.RegisterObjectEventCommand;
import org.jposh.stdlib.events.RemoveEventCommand;
import org.jposh.stdlib.events.UnregisterEventCommand;
import org.jposh.stdlib.events.WaitEventCommand;
import org.jposh.stdlib.jobs.GetJobCommand;
import org.jposh.stdlib.jobs.ReceiveJobCommand;
import org.jposh.stdlib.jobs.RemoveJobCommand;
import org.jposh.stdlib.jobs.StartJobCommand;
import org.jposh.stdlib.jobs.StartThreadJobCommand;
import org.jposh.stdlib.jobs.StopJobCommand;
import org.jposh.stdlib.jobs.WaitJobCommand;
import org.jposh.stdlib.help.GetHelpCommand;
import org.jposh.stdlib.modules.AvailableModuleCommands;
import org.jposh.stdlib.modules.AvailableModuleFinder;
import org.jposh.stdlib.modules.ExportModuleMemberCommand;
import org.jposh.stdlib.modules.GetModuleCommand;
import org.jposh.stdlib.modules.ImportModuleCommand;
import org.jposh.stdlib.modules.NewModuleCommand;
import org.jposh.stdlib.modules.RemoveModuleCommand;
import org.jposh.stdlib.modules.TestModuleManifestCommand;
import org.jposh.stdlib.security.ConvertFromSecureStringCommand;
import org.jposh.stdlib.security.ConvertToSecureStringCommand;
import org.jposh.stdlib.security.GetCredentialCommand;
import org.jposh.stdlib.security.GetExecutionPolicyCommand;
import org.jposh.stdlib.security.SetExecutionPolicyCommand;
import org.jposh.stdlib.utility.WriteProgressCommand;
import org.jposh.stdlib.utility.WriteVerboseCommand;
import org.jposh.stdlib.utility.WriteWarningCommand;
import org.jposh.stdlib.core.GetCommandCommand;
import org.jposh.stdlib.utility.ClearVariableCommand;
import org.jposh.stdlib.utility.GetAliasCommand;
import org.jposh.stdlib.utility.GetVariableCommand;
import org.jposh.stdlib.utility.ImportLocalizedDataCommand;
import org.jposh.stdlib.utility.ImportPowerShellDataFileCommand;
import org.jposh.stdlib.utility.InvokeExpressionCommand;
import org.jposh.stdlib.utility.JoinStringCommand;
import org.jposh.stdlib.utility.MeasureCommandCommand;
import org.jposh.stdlib.utility.NewAliasCommand;
import org.jposh.stdlib.utility.NewVariableCommand;
import org.jposh.stdlib.utility.RemoveAliasCommand;
import org.jposh.stdlib.utility.RemoveVariableCommand;
import org.jposh.stdlib.utility.SetAliasCommand;
import org.jposh.stdlib.utility.SetVariableCommand;

/**
 * The cmdlets of the standard library, grouped by the PowerShell module they belong to; a cmdlet's
 * package says which (core, host, jobs, modules and help: Microsoft.PowerShell.Core; management, utility,
 * events, security; web: Microsoft.PowerShell.Utility's web cmdlets; archive: Microsoft.PowerShell.Archive), Start-ThreadJob
 * aside (ThreadJob), and Get-FileHash,
 * Select-Xml and New-TemporaryFile (Microsoft.PowerShell.Utility, in management for their path resolution and items).
 */
public final class StdlibCmdlets implements CmdletProvider {
    private static final String CORE = "Microsoft.PowerShell.Core";
    private static final String ARCHIVE = "Microsoft.PowerShell.Archive";

    @Override
    public String moduleName(Class<? extends PSCmdlet> cmdlet) {
        String packageName = cmdlet.getPackageName();
        String last = packageName.substring(packageName.lastIndexOf('.') + 1);
        if (cmdlet == StartThreadJobCommand.class) {
            return "ThreadJob";
        }
        if (cmdlet == GetFileHashCommand.class || cmdlet == SelectXmlCommand.class
                || cmdlet == NewTemporaryFileCommand.class) {
            return "Microsoft.PowerShell.Utility"; // with the item cmdlets for their path resolution
        }
        return switch (last) {
            case "management" -> "Microsoft.PowerShell.Management";
            case "utility", "web", "events" -> "Microsoft.PowerShell.Utility";
            case "security" -> "Microsoft.PowerShell.Security";
            case "archive" -> ARCHIVE;
            default -> CORE;
        };
    }

    /**
     * The engine's version for Microsoft.PowerShell.Core, as pwsh's release builds number it; 1.2.5 for
     * Microsoft.PowerShell.Archive, the version pwsh 7 ships; 7.0.0.0 for the others.
     */
    @Override
    public String moduleVersion(String moduleName) {
        if (moduleName.equals(ARCHIVE)) {
            return "1.2.5";
        }
        return moduleName.equals(CORE) ? AutomaticVariables.PS_VERSION + ".500" : "7.0.0.0";
    }

    /**
     * $PWD, a PathInfo of the session's current location, worked out each time it is read; the finder of the
     * modules of {@code using module} statements and module auto-loading; the file system's globbing of program
     * arguments and its drives.
     */
    @Override
    public void initializeSession(SessionState sessionState) {
        sessionState.global().setVariable(new ComputedVariable("PWD", () -> PathInfo.of(sessionState.location())));
        sessionState.setModuleFinder(new AvailableModuleFinder());
        sessionState.setIntrinsics(new ScriptSessionState(sessionState));
        sessionState.setNativeArgumentGlobber((session, pattern) -> new FileSystemProvider(session)
                .expandNativeArgument(pattern));
        sessionState.setDrivePathResolver((session, path) -> new FileSystemProvider(session).resolveOnDrive(path));
        sessionState.setModuleAutoLoader(new AvailableModuleCommands());
    }

    @Override
    public List<Class<? extends PSCmdlet>> cmdlets() {
        FileSystemInfo.registerTypesLazily();
        VerbInfo.registerTypeLazily();
        CompletionResult.registerTypeLazily();
        ByteCollection.registerTypeLazily();
        ProcessInfo.registerTypeLazily();
        WebRequestSession.registerTypesLazily();
        GetExecutionPolicyCommand.registerTypesLazily();
        return List.of(
                // Microsoft.PowerShell.Core
                ForEachObjectCommand.class,
                WhereObjectCommand.class,
                GetHistoryCommand.class,
                InvokeHistoryCommand.class,
                ClearHistoryCommand.class,
                GetCommandCommand.class,
                SetStrictModeCommand.class,
                RegisterArgumentCompleterCommand.class,
                OutDefaultCommand.class,
                OutHostCommand.class,
                ClearHostCommand.class,
                OutNullCommand.class,
                ExportModuleMemberCommand.class,
                GetHelpCommand.class,
                GetJobCommand.class,
                GetModuleCommand.class,
                ImportModuleCommand.class,
                TestModuleManifestCommand.class,
                NewModuleCommand.class,
                ReceiveJobCommand.class,
                RemoveJobCommand.class,
                RemoveModuleCommand.class,
                StartJobCommand.class,
                StopJobCommand.class,
                WaitJobCommand.class,
                // Microsoft.PowerShell.Management
                AddContentCommand.class,
                ClearContentCommand.class,
                CopyItemCommand.class,
                GetChildItemCommand.class,
                GetContentCommand.class,
                GetFileHashCommand.class,
                GetItemCommand.class,
                GetLocationCommand.class,
                GetPSDriveCommand.class,
                GetPSProviderCommand.class,
                NewPSDriveCommand.class,
                RemovePSDriveCommand.class,
                GetProcessCommand.class,
                JoinPathCommand.class,
                MoveItemCommand.class,
                NewItemCommand.class,
                NewTemporaryFileCommand.class,
                PopLocationCommand.class,
                PushLocationCommand.class,
                RemoveItemCommand.class,
                RenameItemCommand.class,
                ResolvePathCommand.class, ConvertPathCommand.class,
                SelectXmlCommand.class,
                SetContentCommand.class,
                SetItemCommand.class,
                SetLocationCommand.class,
                SplitPathCommand.class,
                StartProcessCommand.class,
                StopProcessCommand.class,
                WaitProcessCommand.class,
                TestPathCommand.class,
                // ThreadJob
                StartThreadJobCommand.class,
                // Microsoft.PowerShell.Archive
                CompressArchiveCommand.class,
                ExpandArchiveCommand.class,
                // Microsoft.PowerShell.Security
                ConvertFromSecureStringCommand.class,
                ConvertToSecureStringCommand.class,
                GetCredentialCommand.class,
                GetExecutionPolicyCommand.class,
                SetExecutionPolicyCommand.class,
                // Microsoft.PowerShell.Utility
                AddMemberCommand.class,
                UpdateTypeDataCommand.class,
                GetTypeDataCommand.class,
                RemoveTypeDataCommand.class,
                NewEventCommand.class,
                GetEventCommand.class,
                WaitEventCommand.class,
                RemoveEventCommand.class,
                RegisterEngineEventCommand.class,
                RegisterObjectEventCommand.class,
                UnregisterEventCommand.class,
                GetEventSubscriberCommand.class,
                CompareObjectCommand.class,
                ClearVariableCommand.class,
                GetAliasCommand.class,
                GetVariableCommand.class,
                ImportPowerShellDataFileCommand.class,
                ImportLocalizedDataCommand.class,
                InvokeExpressionCommand.class,
                InvokeRestMethodCommand.class,
                InvokeWebRequestCommand.class,
                JoinStringCommand.class,
                MeasureCommandCommand.class,
                NewAliasCommand.class,
                NewVariableCommand.class,
                RemoveAliasCommand.class,
                RemoveVariableCommand.class,
                SetAliasCommand.class,
                SetVariableCommand.class,
                ConvertFromCsvCommand.class,
                ConvertFromStringDataCommand.class,
                ConvertFromJsonCommand.class,
                ConvertToCsvCommand.class,
                ConvertToJsonCommand.class,
                ConvertToHtmlCommand.class,
                ConvertToXmlCommand.class,
                ExportCsvCommand.class,
                FormatHexCommand.class,
                FormatListCommand.class,
                FormatTableCommand.class,
                FormatWideCommand.class,
                GetDateCommand.class,
                GetMemberCommand.class,
                GetRandomCommand.class,
                GetCultureCommand.class,
                GetUICultureCommand.class,
                GetPSCallStackCommand.class,
                GetErrorCommand.class,
                AddTypeCommand.class,
                GetUniqueCommand.class,
                GroupObjectCommand.class,
                ImportCsvCommand.class,
                MeasureObjectCommand.class,
                NewObjectCommand.class,
                NewTimeSpanCommand.class,
                NewGuidCommand.class,
                GetVerbCommand.class,
                OutFileCommand.class,
                OutStringCommand.class,
                ReadHostCommand.class,
                SelectObjectCommand.class,
                SelectStringCommand.class,
                SortObjectCommand.class,
                StartSleepCommand.class,
                TeeObjectCommand.class,
                WriteDebugCommand.class,
                WriteErrorCommand.class,
                WriteHostCommand.class,
                WriteInformationCommand.class,
                WriteOutputCommand.class,
                WriteProgressCommand.class,
                WriteVerboseCommand.class,
                WriteWarningCommand.class,
                // Pester 4 (a test framework, built in)
                AfterAllCommand.class,
                AfterEachCommand.class,
                AssertMockCalledCommand.class,
                BeforeAllCommand.class, BeforeDiscoveryCommand.class, InModuleScopeCommand.class, SetItResultCommand.class, NewPesterConfigurationCommand.class,
                BeforeEachCommand.class,
                ContextCommand.class,
                DescribeCommand.class,
                InvokeMockCommand.class,
                InvokePesterCommand.class,
                ItCommand.class,
                MockCommand.class,
                ShouldCommand.class);
    }
}
