package org.jposh.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The jposh command line, read as pwsh reads its own: parameters are case-insensitive, may be
 * abbreviated to any unique prefix (-c, -Comm, -f), and the first argument that is not a parameter
 * is the script file; everything after the file or the command belongs to the script.
 */
record CommandLine(Mode mode, String file, String command, List<String> scriptArguments, String error) {

    enum Mode { FILE, COMMAND, VERSION, HELP, INTERACTIVE, PARSE, SERVER, ERROR }

    private static final List<String> PARAMETERS = List.of("command", "file", "version", "help", "noprofile",
            "nologo", "noninteractive", "parse", "servermode", "sshservermode");

    static CommandLine parse(String[] args) {
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (!isParameter(arg)) {
                return file(arg, rest(args, i + 1));
            }
            String name = resolve(arg);
            if (name == null) {
                return error("The argument '" + arg + "' is not recognized as the name of a script file. Check the "
                        + "spelling of the name, or if a path was included, verify that the path is correct and try "
                        + "again.");
            }
            switch (name) {
                case "command" -> {
                    if (i + 1 >= args.length) {
                        return error("Cannot process the command because of a missing parameter. A command must "
                                + "follow -Command.");
                    }
                    return new CommandLine(Mode.COMMAND, null, String.join(" ", rest(args, i + 1)), List.of(), null);
                }
                case "file" -> {
                    if (i + 1 >= args.length) {
                        return error("The argument for the -File parameter is missing.");
                    }
                    return file(args[i + 1], rest(args, i + 2));
                }
                case "parse" -> {
                    if (i + 1 >= args.length) {
                        return error("The argument for the -Parse parameter is missing.");
                    }
                    return new CommandLine(Mode.PARSE, null, null, rest(args, i + 1), null);
                }
                case "version" -> {
                    return new CommandLine(Mode.VERSION, null, null, List.of(), null);
                }
                case "help" -> {
                    return new CommandLine(Mode.HELP, null, null, List.of(), null);
                }
                case "servermode", "sshservermode" -> {
                    return new CommandLine(Mode.SERVER, null, null, List.of(), null);
                }
                default -> i++;
            }
        }
        return new CommandLine(Mode.INTERACTIVE, null, null, List.of(), null);
    }

    private static boolean isParameter(String arg) {
        return arg.length() > 1 && (arg.charAt(0) == '-' || arg.charAt(0) == '/' && arg.indexOf('/', 1) < 0
                && !arg.contains(".")) && !arg.startsWith("--");
    }

    /**
     * The full parameter name for an abbreviation; {@code -c} is -Command, {@code -v} -Version, {@code -s}
     * -ServerMode and {@code -sshs} -SSHServerMode, as in pwsh.
     */
    private static String resolve(String arg) {
        String typed = arg.substring(1).toLowerCase(Locale.ROOT);
        if (typed.equals("s")) {
            return "servermode";
        }
        if (typed.equals("sshs")) {
            return "sshservermode";
        }
        if (typed.equals("c")) {
            return "command";
        }
        if (typed.equals("v")) {
            return "version";
        }
        if (typed.equals("?") || typed.equals("h")) {
            return "help";
        }
        String found = null;
        for (String p : PARAMETERS) {
            if (p.startsWith(typed)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    private static CommandLine file(String file, List<String> arguments) {
        return new CommandLine(Mode.FILE, file, null, arguments, null);
    }

    private static CommandLine error(String message) {
        return new CommandLine(Mode.ERROR, null, null, List.of(), message);
    }

    private static List<String> rest(String[] args, int from) {
        return from >= args.length ? List.of() : new ArrayList<>(Arrays.asList(args).subList(from, args.length));
    }
}
