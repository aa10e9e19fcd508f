package org.jposh.stdlib.format;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.CompositeFormatter;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TimeSpan;
import org.jposh.stdlib.format.FormatData.Shape;
import org.jposh.stdlib.format.ViewDefinition.GroupBy;
import org.jposh.stdlib.format.ViewDefinition.Item;
import org.jposh.stdlib.format.ViewDefinition.ViewEntry;
import org.jposh.stdlib.format.ViewDefinition.ViewValue;

/**
 * The views of pwsh's DotNetTypes.format.ps1xml, FileSystem.format.ps1xml (as built for Unix) and
 * PowerShellCore.format.ps1xml that apply to the objects JPosh has, in pwsh's order: an object's
 * default view is the first that names its most specific type. Where pwsh's view has a script block
 * the value is computed in Java. The CIM classes' tables name the type names JPosh's local CIM sessions
 * give their instances ({@code Microsoft.Management.Infrastructure.CimInstance#root/cimv2/Win32_Process}). PowerShellCore.format.ps1xml's MemberDefinition table groups by TypeName
 * under pwsh's default group label ({@code "   TypeName: ..."}).
 */
final class DefaultViews {
    private static final String FILE_INFO = "System.IO.FileInfo";
    private static final String DIRECTORY_INFO = "System.IO.DirectoryInfo";
    private static final String FILE_SYSTEM_PREFIX = "Microsoft.PowerShell.Core\\FileSystem::";
    /** The format of LastWriteTime in the Unix file-system table ('{0:d} {0:HH}:{0:mm}' -f $_.LastWriteTime). */
    private static final String UNIX_WRITE_TIME_FORMAT = "{0:d} {0:HH}:{0:mm}";
    private static final long MAX_DATE_TICKS = 3155378975999999999L;

    private static final List<ViewDefinition> VIEWS = List.of(
            // DotNetTypes.format.ps1xml
            table("System.Version", List.of("System.Version"),
                    column(null, 6, Alignment.UNDEFINED, ViewValue.property("Major")),
                    column(null, 6, Alignment.UNDEFINED, ViewValue.property("Minor")),
                    column(null, 6, Alignment.UNDEFINED, ViewValue.property("Build")),
                    column(null, 8, Alignment.UNDEFINED, ViewValue.property("Revision"))),
            table("Dictionary", List.of("System.Collections.DictionaryEntry"),
                    column(null, 30, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Value"))),
            list("System.Collections.DictionaryEntry", List.of("System.Collections.DictionaryEntry"), null,
                    new ViewEntry(null, items("Name", "Value"))),
            list("System.TimeSpan", List.of("System.TimeSpan"), null, new ViewEntry(null, items("Days", "Hours",
                    "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours", "TotalMinutes",
                    "TotalSeconds", "TotalMilliseconds"))),
            table("System.TimeSpan", List.of("System.TimeSpan"),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Days")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Hours")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Minutes")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Seconds")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Milliseconds"))),
            wide("System.TimeSpan", List.of("System.TimeSpan"), null,
                    new ViewEntry(null, List.of(item(ViewValue.property("TotalMilliseconds"), null)))),
            table("process", List.of("System.Diagnostics.Process"),
                    column("NPM(K)", 7, Alignment.RIGHT, new ViewValue("NPM", so -> longOf(so, "NPM") / 1024)),
                    column("PM(M)", 8, Alignment.RIGHT, megabytes("PM")),
                    column("WS(M)", 10, Alignment.RIGHT, megabytes("WS")),
                    column("CPU(s)", 10, Alignment.RIGHT, new ViewValue("CPU", so -> CompositeFormatter.format(
                            "{0:N2}", new Object[] {MemberAccess.getMember(so, "CPU") instanceof Number n
                                    ? n.floatValue() : 0f}))),
                    column(null, 7, Alignment.RIGHT, ViewValue.property("Id")),
                    column(null, 3, Alignment.RIGHT, ViewValue.property("SI")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("ProcessName"))),
            table("System.Globalization.CultureInfo", List.of("System.Globalization.CultureInfo"),
                    column(null, 16, Alignment.UNDEFINED, ViewValue.property("LCID")),
                    column(null, 16, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("DisplayName"))),
            custom("help", "HelpInfo", new ViewValue("Text", so -> LanguagePrimitives.toStringValue(PSObject.base(so)))),
            custom("DateTime", "System.DateTime", new ViewValue("DateTime", DefaultViews::longDateTime)),
            table("System.Guid", List.of("System.Guid"), column(null, 0, Alignment.UNDEFINED,
                    ViewValue.property("Guid"))),
            overloadDefinitions(),
            table("System.Management.Automation.SemanticVersion",
                    List.of("System.Management.Automation.SemanticVersion"),
                    column(null, 6, Alignment.UNDEFINED, ViewValue.property("Major")),
                    column(null, 6, Alignment.UNDEFINED, ViewValue.property("Minor")),
                    column(null, 6, Alignment.UNDEFINED, ViewValue.property("Patch")),
                    column(null, 15, Alignment.UNDEFINED, ViewValue.property("PreReleaseLabel")),
                    column(null, 11, Alignment.UNDEFINED, ViewValue.property("BuildLabel"))),
            cimTable("Win32_Process", cimColumn("ProcessId", 0), cimColumn("Name", 16), cimColumn("HandleCount", 0),
                    cimColumn("WorkingSetSize", 0), cimColumn("VirtualSize", 0)),
            cimTable("Win32_ComputerSystem", cimColumn("Name", 16), cimColumn("PrimaryOwnerName", 0),
                    cimColumn("Domain", 0), cimColumn("TotalPhysicalMemory", 0), cimColumn("Model", 0),
                    cimColumn("Manufacturer", 0)),
            cimTable("Win32_Environment", cimColumn("Name", 16), cimColumn("UserName", 0),
                    cimColumn("VariableValue", 0)),
            cimTable("Win32_LogicalDisk", cimColumn("DeviceID", 0), cimColumn("DriveType", 0),
                    cimColumn("ProviderName", 16), cimColumn("VolumeName", 16), cimColumn("Size", 0),
                    cimColumn("FreeSpace", 0)),
            cimTable("Win32_OperatingSystem", cimColumn("SystemDirectory", 0), cimColumn("Organization", 0),
                    cimColumn("BuildNumber", 0), cimColumn("RegisteredUser", 0), cimColumn("SerialNumber", 0),
                    cimColumn("Version", 0)),
            // PowerShellCore.format.ps1xml
            table("System.RuntimeType", List.of("System.RuntimeType"),
                    column("IsPublic", 8, Alignment.UNDEFINED, ViewValue.property("IsPublic")),
                    column("IsSerial", 8, Alignment.UNDEFINED, ViewValue.property("IsSerializable")),
                    column(null, 40, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("BaseType"))),
            table("Variable", List.of("System.Management.Automation.PSVariable"),
                    column(null, 30, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Value"))),
            table("TypeData", List.of("System.Management.Automation.Runspaces.TypeData"),
                    column("TypeName", 0, Alignment.UNDEFINED, ViewValue.property("TypeName")),
                    column("Members", 0, Alignment.UNDEFINED, ViewValue.property("Members"))),
            table("CommandInfo", List.of("System.Management.Automation.AliasInfo",
                    "System.Management.Automation.ApplicationInfo", "System.Management.Automation.CmdletInfo",
                    "System.Management.Automation.ExternalScriptInfo", "System.Management.Automation.FilterInfo",
                    "System.Management.Automation.FunctionInfo", "System.Management.Automation.ScriptInfo"),
                    column("CommandType", 15, Alignment.UNDEFINED, ViewValue.property("CommandType")),
                    column("Name", 50, Alignment.UNDEFINED, new ViewValue("Name", DefaultViews::commandName)),
                    column("Version", 10, Alignment.UNDEFINED, ViewValue.property("Version")),
                    column("Source", 0, Alignment.UNDEFINED, ViewValue.property("Source"))),
            table("CommandInfo", List.of("System.Management.Automation.CommandInfo"),
                    column(null, 15, Alignment.UNDEFINED, ViewValue.property("CommandType")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Name"))),
            // pwsh writes MatchInfo.ToEmphasizedString(location), which is its
            // string when no match is emphasized.
            custom("MatchInfo", "Microsoft.PowerShell.Commands.MatchInfo",
                    new ViewValue("ToString", LanguagePrimitives::toStringValue)),
            custom("MatchInfo", "Deserialized.Microsoft.PowerShell.Commands.MatchInfo",
                    ViewValue.property("Line")),
            table("PSSession", List.of("System.Management.Automation.Runspaces.PSSession"),
                    column("Id", 3, Alignment.RIGHT, ViewValue.property("Id")),
                    column("Name", 15, Alignment.LEFT, ViewValue.property("Name")),
                    column("Transport", 9, Alignment.LEFT, ViewValue.property("Transport")),
                    column("ComputerName", 15, Alignment.LEFT, ViewValue.property("ComputerName")),
                    column("ComputerType", 15, Alignment.LEFT, ViewValue.property("ComputerType")),
                    column("State", 13, Alignment.LEFT, ViewValue.property("State")),
                    column("ConfigurationName", 20, Alignment.LEFT, ViewValue.property("ConfigurationName")),
                    column("Availability", 13, Alignment.RIGHT, ViewValue.property("Availability"))),
            table("history", List.of("Microsoft.PowerShell.Commands.HistoryInfo"),
                    column(null, 4, Alignment.RIGHT, ViewValue.property("Id")),
                    column("Duration", 12, Alignment.RIGHT, new ViewValue("Duration", DefaultViews::historyDuration)),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("CommandLine"))),
            wide("history", List.of("Microsoft.PowerShell.Commands.HistoryInfo"), null,
                    new ViewEntry(null, List.of(item(ViewValue.property("CommandLine"), null)))),
            table("PathInfo", List.of("System.Management.Automation.PathInfo"),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Path"))),
            groupedTable("Microsoft.PowerShell.Commands.MemberDefinition",
                    List.of("Microsoft.PowerShell.Commands.MemberDefinition"), propertyGroup("TypeName", "TypeName"),
                    column("Name", 0, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column("MemberType", 0, Alignment.UNDEFINED, ViewValue.property("MemberType")),
                    column("Definition", 0, Alignment.UNDEFINED, ViewValue.property("Definition"))),
            table("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                    List.of("Microsoft.PowerShell.Commands.GroupInfoNoElement"),
                    column("Count", 5, Alignment.RIGHT, ViewValue.property("Count")),
                    column(null, 25, Alignment.UNDEFINED, ViewValue.property("Name"))),
            list("Microsoft.PowerShell.Commands.GroupInfoNoElement",
                    List.of("Microsoft.PowerShell.Commands.GroupInfoNoElement"), null,
                    new ViewEntry(null, items("Name", "Count", "Values"))),
            table("Microsoft.PowerShell.Commands.GroupInfo", List.of("Microsoft.PowerShell.Commands.GroupInfo"),
                    column("Count", 5, Alignment.RIGHT, ViewValue.property("Count")),
                    column(null, 25, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Group"))),
            list("Microsoft.PowerShell.Commands.GroupInfo", List.of("Microsoft.PowerShell.Commands.GroupInfo"), null,
                    new ViewEntry(null, items("Name", "Count", "Group", "Values"))),
            table("Job", List.of("System.Management.Automation.Job"),
                    column("Id", 6, Alignment.LEFT, ViewValue.property("Id")),
                    column("Name", 15, Alignment.LEFT, ViewValue.property("Name")),
                    column("PSJobTypeName", 15, Alignment.LEFT, ViewValue.property("PSJobTypeName")),
                    column("State", 13, Alignment.LEFT, ViewValue.property("State")),
                    column("HasMoreData", 15, Alignment.LEFT, ViewValue.property("HasMoreData")),
                    column("Location", 20, Alignment.LEFT, ViewValue.property("Location")),
                    column("Command", 25, Alignment.LEFT, ViewValue.property("Command"))),
            table("CallStackFrame", List.of("System.Management.Automation.CallStackFrame"),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Command")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Arguments")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Location"))),
            table("Module", List.of("System.Management.Automation.PSModuleInfo"),
                    column(null, 10, Alignment.LEFT, ViewValue.property("ModuleType")),
                    column(null, 10, Alignment.LEFT, ViewValue.property("Version")),
                    column("PreRelease", 10, Alignment.LEFT, new ViewValue("PreRelease", so -> "")),
                    column(null, 35, Alignment.LEFT, ViewValue.property("Name")),
                    column("ExportedCommands", 0, Alignment.UNDEFINED, new ViewValue("ExportedCommands",
                            so -> MemberAccess.getMember(MemberAccess.getMember(so, "ExportedCommands"), "Keys")))),
            table("drive", List.of("System.Management.Automation.PSDriveInfo"),
                    column(null, 10, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column("Used (GB)", 13, Alignment.RIGHT, gigabytes("Used")),
                    column("Free (GB)", 13, Alignment.RIGHT, gigabytes("Free")),
                    column("Provider", 13, Alignment.UNDEFINED, new ViewValue("Provider",
                            so -> MemberAccess.getMember(MemberAccess.getMember(so, "Provider"), "Name"))),
                    column("Root", 35, Alignment.UNDEFINED, ViewValue.property("Root")),
                    column(null, 0, Alignment.RIGHT, ViewValue.property("CurrentLocation"))),
            table("provider", List.of("System.Management.Automation.ProviderInfo"),
                    column(null, 20, Alignment.UNDEFINED, ViewValue.property("Name")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Capabilities")),
                    column(null, 0, Alignment.UNDEFINED, ViewValue.property("Drives"))),
            list("System.Management.Automation.PSDriveInfo", List.of("System.Management.Automation.PSDriveInfo"), null,
                    new ViewEntry(null, items("Name", "Description", "Provider", "Root", "CurrentLocation"))),
            // Get-Error's objects, numbered when there are several
            new ViewDefinition("GetErrorInstance", List.of("System.Management.Automation.ErrorRecord#PSExtendedError",
                    "System.Exception#PSExtendedError"), Shape.CUSTOM, List.of(new ViewEntry(null, List.of(item(
                    new ViewValue("Error", ExtendedErrorView::render), null)))), propertyGroup("PSErrorIndex", "ErrorIndex"),
                    false),
            // PowerShellCore.format.ps1xml: the web cmdlets' responses, Content and RawContent cut to 200 characters
            list("Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject",
                    List.of("Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject"), null,
                    new ViewEntry(null, List.of(item(ViewValue.property("StatusCode"), null),
                            item(ViewValue.property("StatusDescription"), null),
                            item(firstCharacters("Content"), "Content"),
                            item(firstCharacters("RawContent"), "RawContent"),
                            item(ViewValue.property("Headers"), null),
                            item(ViewValue.property("Images"), null),
                            item(ViewValue.property("InputFields"), null),
                            item(ViewValue.property("Links"), null),
                            item(ViewValue.property("RawContentLength"), null),
                            item(ViewValue.property("RelationLink"), null)))),
            list("Microsoft.PowerShell.Commands.WebResponseObject",
                    List.of("Microsoft.PowerShell.Commands.WebResponseObject"), null,
                    new ViewEntry(null, List.of(item(ViewValue.property("StatusCode"), null),
                            item(ViewValue.property("StatusDescription"), null),
                            item(ViewValue.property("Content"), null),
                            item(firstCharacters("RawContent"), "RawContent"),
                            item(ViewValue.property("Headers"), null),
                            item(ViewValue.property("RawContentLength"), null),
                            item(ViewValue.property("RelationLink"), null)))),
            // Format-Hex's rows, grouped by file or input type; the Bytes header's second line numbers the columns
            groupedTable("Microsoft.PowerShell.Commands.ByteCollection",
                    List.of("Microsoft.PowerShell.Commands.ByteCollection"), propertyGroup("Label", "Label"),
                    column("Offset", 16, Alignment.RIGHT, ViewValue.property("HexOffset")),
                    column("Bytes\n00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F", 47, Alignment.LEFT,
                            ViewValue.property("HexBytes")),
                    column("Ascii", 16, Alignment.LEFT, ViewValue.property("Ascii"))),
            // FileSystem.format.ps1xml
            fileSystemTable(),
            list("children", List.of(DIRECTORY_INFO, FILE_INFO), directoryGrouping(),
                    new ViewEntry(FILE_INFO, List.of(item(ViewValue.property("Name"), null),
                            item(new ViewValue("LengthString", DefaultViews::lengthString), "Length"),
                            item(ViewValue.property("CreationTime"), null),
                            item(ViewValue.property("LastWriteTime"), null),
                            item(ViewValue.property("LastAccessTime"), null),
                            item(ViewValue.property("Mode"), null),
                            item(ViewValue.property("LinkType"), null),
                            item(ViewValue.property("Target"), null),
                            item(ViewValue.property("VersionInfo"), null))),
                    new ViewEntry(null, items("Name", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode",
                            "LinkType", "Target"))),
            wide("children", List.of(DIRECTORY_INFO, FILE_INFO), directoryGrouping(),
                    new ViewEntry(DIRECTORY_INFO, List.of(new Item(null, 0, Alignment.UNDEFINED,
                            ViewValue.property("Name"), "[{0}]"))),
                    new ViewEntry(null, List.of(item(ViewValue.property("Name"), null)))));

    private DefaultViews() {
    }

    /**
     * The view for an object: the first of the shape asked for (any shape when null) that names the
     * object's most specific type with a view.
     */
    static ViewDefinition forObject(PSObject so, Shape shape) {
        for (String typeName : so.typeNames()) {
            for (ViewDefinition view : VIEWS) {
                if (view.typeNames().contains(typeName) && (shape == null || view.shape() == shape)) {
                    return view;
                }
            }
        }
        return null;
    }

    /** The views of the shape that apply to the object, most specific type first (the -View candidates). */
    static List<ViewDefinition> viewsFor(PSObject so, Shape shape) {
        List<ViewDefinition> views = new ArrayList<>();
        for (String typeName : so.typeNames()) {
            for (ViewDefinition view : VIEWS) {
                if (view.typeNames().contains(typeName) && view.shape() == shape && !views.contains(view)) {
                    views.add(view);
                }
            }
        }
        return views;
    }

    /**
     * types.ps1xml's DateTime script property, which the DateTime view shows: the long date, the long
     * time, or both, as Get-Date's DisplayHint note asks.
     */
    private static Object longDateTime(PSObject so) {
        String hint = LanguagePrimitives.toStringValue(MemberAccess.getMember(so, "DisplayHint"));
        String format = "Date".equalsIgnoreCase(hint) ? "{0:D}" : "Time".equalsIgnoreCase(hint) ? "{0:T}"
                : "{0:D} {0:T}";
        return CompositeFormatter.format(format, new Object[] {so});
    }

    /** The process view's {@code "{0:N2}" -f [float]($_.PROPERTY / 1MB)}. */
    /** PowerShellCore.format.ps1xml's drive sizes: if($_.Used -or $_.Free) { "{0:###0.00}" -f ($_.Used / 1GB) }. */
    private static ViewValue gigabytes(String property) {
        return new ViewValue(property, so -> {
            Object used = MemberAccess.getMember(so, "Used");
            Object free = MemberAccess.getMember(so, "Free");
            if (!LanguagePrimitives.isTrue(used) && !LanguagePrimitives.isTrue(free)) {
                return null;
            }
            Object value = MemberAccess.getMember(so, property);
            double bytes = value instanceof Number n ? n.doubleValue() : 0;
            return CompositeFormatter.format("{0:###0.00}", new Object[] {bytes / (1L << 30)});
        });
    }

    private static ViewValue megabytes(String property) {
        return new ViewValue(property, so -> CompositeFormatter.format("{0:N2}",
                new Object[] {(float) (longOf(so, property) / (1024.0 * 1024.0))}));
    }

    private static long longOf(PSObject so, String property) {
        Object value = MemberAccess.getMember(so, property);
        return value instanceof Number n ? n.longValue() : 0;
    }

    /**
     * DotNetTypes.format.ps1xml's view of a method itself ({@code [string]::Format}): its overloads one to a
     * line, {@code $_.OverloadDefinitions | Out-String}, in a table whose rows wrap.
     */
    private static ViewDefinition overloadDefinitions() {
        String typeName = "System.Management.Automation.PSMethod";
        return new ViewDefinition(typeName, List.of(typeName), Shape.TABLE, List.of(new ViewEntry(null, List.of(
                column("OverloadDefinitions", 0, Alignment.UNDEFINED, new ViewValue("OverloadDefinitions", so -> {
                    StringBuilder lines = new StringBuilder();
                    for (Object overload : LanguagePrimitives.getEnumerable(
                            MemberAccess.getMember(so, "OverloadDefinitions"))) {
                        lines.append(overload).append('\n');
                    }
                    return lines.toString();
                }))))), null, true);
    }

    // ---- FileSystem.format.ps1xml ----

    /** The Unix table "childrenWithUnixStat", pwsh's default view of files and directories on Unix. */
    private static ViewDefinition fileSystemTable() {
        String widest = CompositeFormatter.format(UNIX_WRITE_TIME_FORMAT,
                new Object[] {DateTime.fromTicks(MAX_DATE_TICKS, DateTime.Kind.Unspecified)});
        return new ViewDefinition("childrenWithUnixStat", List.of(DIRECTORY_INFO, FILE_INFO), Shape.TABLE,
                List.of(new ViewEntry(null, List.of(
                        column("UnixMode", 10, Alignment.LEFT, ViewValue.property("UnixMode")),
                        column("User", 10, Alignment.RIGHT, ViewValue.property("User")),
                        column("Group", 10, Alignment.LEFT, ViewValue.property("Group")),
                        column("LastWriteTime", widest.length(), Alignment.RIGHT,
                                new ViewValue("LastWriteTime", so -> CompositeFormatter.format(
                                        UNIX_WRITE_TIME_FORMAT, new Object[] {MemberAccess.getMember(so,
                                                "LastWriteTime")}))),
                        column("Size", 12, Alignment.RIGHT, ViewValue.property("Size")),
                        column("Name", 0, Alignment.LEFT, new ViewValue("NameString", DefaultViews::nameString))))),
                directoryGrouping(), true);
    }

    /** A group-by of a property under pwsh's default group label, {@code "   Label: value"}. */
    private static GroupBy propertyGroup(String property, String label) {
        return new GroupBy(ViewValue.property(property), so -> "   " + label + ": "
                + LanguagePrimitives.toStringValue(MemberAccess.getMember(so, property)));
    }

    /** Groups by PSParentPath under the "    Directory: path" line. */
    private static GroupBy directoryGrouping() {
        return new GroupBy(ViewValue.property("PSParentPath"), so -> "    Directory: "
                + LanguagePrimitives.toStringValue(MemberAccess.getMember(so, "PSParentPath"))
                .replace(FILE_SYSTEM_PREFIX, ""));
    }

    /** The CommandInfo table's Name column: an alias as "name -> definition", other commands by name. */
    private static Object commandName(PSObject so) {
        Object kind = MemberAccess.getMember(so, "CommandType");
        return MemberAccess.getMember(so, "Alias".equals(LanguagePrimitives.toStringValue(kind)) ? "DisplayName"
                : "Name");
    }

    /** types.ps1xml's NameString without $PSStyle colours: the name, and a link's target after " -> ". */
    private static Object nameString(PSObject so) {
        String name = LanguagePrimitives.toStringValue(MemberAccess.getMember(so, "Name"));
        Object target = MemberAccess.getMember(so, "LinkTarget");
        return target == null ? name : name + " -> " + LanguagePrimitives.toStringValue(target);
    }

    /** types.ps1xml's LengthString: a file's length, empty for a directory. */
    /** A history entry's duration as pwsh's view writes it: s.fff, m:ss.fff, h:mm:ss.fff, or hours past 10. */
    private static Object historyDuration(PSObject so) {
        if (!(MemberAccess.getMember(so, "Duration") instanceof TimeSpan d)) {
            return null;
        }
        String millis = String.format(".%03d", d.milliseconds());
        double totalHours = d.totalUnits(TimeSpan.TICKS_PER_HOUR);
        if (totalHours >= 10) {
            return (int) totalHours + String.format(":%02d:%02d", d.minutes(), d.seconds()) + millis;
        } else if (totalHours >= 1) {
            return d.hours() + String.format(":%02d:%02d", d.minutes(), d.seconds()) + millis;
        } else if (d.totalUnits(TimeSpan.TICKS_PER_MINUTE) >= 1) {
            return d.minutes() + String.format(":%02d", d.seconds()) + millis;
        }
        return d.seconds() + millis;
    }

    private static Object lengthString(PSObject so) {
        return so.typeNames().contains(DIRECTORY_INFO) ? "" : MemberAccess.getMember(so, "Length");
    }

    /** A string property's first 200 characters, an ellipsis after them when it is that long (the web views). */
    private static ViewValue firstCharacters(String property) {
        return new ViewValue(property, so -> {
            String text = LanguagePrimitives.toStringValue(MemberAccess.getMember(so, property));
            String start = text.substring(0, Math.min(text.length(), 200));
            return start.length() == 200 ? start + "\u2026" : start;
        });
    }

    // ---- building views ----

    private static ViewDefinition table(String name, List<String> typeNames, Item... columns) {
        return groupedTable(name, typeNames, null, columns);
    }

    /** A table of DotNetTypes.format.ps1xml for the instances of a root/cimv2 class, each column a property. */
    private static ViewDefinition cimTable(String className, Item... columns) {
        String typeName = "Microsoft.Management.Infrastructure.CimInstance#root/cimv2/" + className;
        return table(typeName, List.of(typeName), columns);
    }

    private static Item cimColumn(String property, int width) {
        return column(property, width, Alignment.UNDEFINED, ViewValue.property(property));
    }

    private static ViewDefinition groupedTable(String name, List<String> typeNames, GroupBy groupBy,
                                               Item... columns) {
        return new ViewDefinition(name, typeNames, Shape.TABLE, List.of(new ViewEntry(null, List.of(columns))),
                groupBy, false);
    }

    private static ViewDefinition list(String name, List<String> typeNames, GroupBy groupBy, ViewEntry... entries) {
        return new ViewDefinition(name, typeNames, Shape.LIST, List.of(entries), groupBy, false);
    }

    private static ViewDefinition wide(String name, List<String> typeNames, GroupBy groupBy, ViewEntry... entries) {
        return new ViewDefinition(name, typeNames, Shape.WIDE, List.of(entries), groupBy, false);
    }

    private static ViewDefinition custom(String name, String typeName, ViewValue value) {
        return new ViewDefinition(name, List.of(typeName), Shape.CUSTOM,
                List.of(new ViewEntry(null, List.of(item(value, null)))), null, false);
    }

    private static Item column(String label, int width, Alignment alignment, ViewValue value) {
        return new Item(label, width, alignment, value, null);
    }

    private static Item item(ViewValue value, String label) {
        return new Item(label, 0, Alignment.UNDEFINED, value, null);
    }

    private static List<Item> items(String... properties) {
        List<Item> items = new ArrayList<>();
        for (String p : properties) {
            items.add(item(ViewValue.property(p), null));
        }
        return items;
    }
}
