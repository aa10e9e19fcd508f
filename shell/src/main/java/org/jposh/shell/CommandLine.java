package org.jposh.shell;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The jposh command line, read as pwsh reads its own: parameters are case-insensitive and may be
 * abbreviated down to the shortest form pwsh accepts for each ({@code -c}, {@code -nop}, {@code -e},
 * {@code -ex}), tried in pwsh's order; the first argument that is not a parameter is the script
 * file; everything after the file or the command belongs to the script. {@code -ExecutionPolicy} is
 * accepted and has no effect: JPosh has no execution policy. {@code -NonInteractive} makes Read-Host and
 * other prompts of a script fail instead of reading standard input.
 */
record CommandLine(Mode mode, String file, String command, List<String> scriptArguments, String error,
                   boolean noProfile, boolean noLogo, boolean nonInteractive) {

    enum Mode { FILE, COMMAND, VERSION, HELP, INTERACTIVE, PARSE, SERVER, ERROR }

    /** A parameter's full name and the shortest abbreviation pwsh accepts for it. */
    private record Switch(String name, String shortest) {
        boolean matches(String typed) {
            return typed.length() >= shortest.length() && name.startsWith(typed);
        }
    }

    /** In pwsh's order (CommandLineParameterParser), which decides between abbreviations such as -e. */
    private static final List<Switch> SWITCHES = List.of(
            new Switch("version", "v"), new Switch("help", "h"), new Switch("?", "?"),
            new Switch("noprofile", "nop"), new Switch("nologo", "nol"), new Switch("noninteractive", "noni"),
            new Switch("servermode", "s"), new Switch("sshservermode", "sshs"),
            new Switch("command", "c"), new Switch("file", "f"),
            new Switch("executionpolicy", "ex"), new Switch("ep", "ep"),
            new Switch("encodedcommand", "e"), new Switch("ec", "e"),
            new Switch("parse", "p"));

    static CommandLine parse(String[] args) {
        Builder b = new Builder();
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (!isParameter(arg)) {
                return b.file(arg, rest(args, i + 1));
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
                    return b.build(Mode.COMMAND, null, String.join(" ", rest(args, i + 1)), List.of());
                }
                case "encodedcommand", "ec" -> {
                    if (i + 1 >= args.length) {
                        return error("Cannot process the command because of a missing parameter. A command must "
                                + "follow -Command.");
                    }
                    String decoded = decode(args[i + 1]);
                    if (decoded == null) {
                        return error("Cannot process the command because the value specified with -EncodedCommand "
                                + "is not properly encoded. The value must be Base64 encoded.");
                    }
                    return b.build(Mode.COMMAND, null, decoded, List.of());
                }
                case "file" -> {
                    if (i + 1 >= args.length) {
                        return error("The argument for the -File parameter is missing.");
                    }
                    return b.file(args[i + 1], rest(args, i + 2));
                }
                case "parse" -> {
                    if (i + 1 >= args.length) {
                        return error("The argument for the -Parse parameter is missing.");
                    }
                    return b.build(Mode.PARSE, null, null, rest(args, i + 1));
                }
                case "executionpolicy", "ep" -> {
                    if (i + 1 >= args.length) {
                        return error("Cannot process the execution policy because of a missing policy name. A policy "
                                + "name must follow -ExecutionPolicy.");
                    }
                    i += 2;
                }
                case "version" -> {
                    return b.build(Mode.VERSION, null, null, List.of());
                }
                case "help", "?" -> {
                    return b.build(Mode.HELP, null, null, List.of());
                }
                case "servermode", "sshservermode" -> {
                    return b.build(Mode.SERVER, null, null, List.of());
                }
                case "noprofile" -> {
                    b.noProfile = true;
                    i++;
                }
                case "nologo" -> {
                    b.noLogo = true;
                    i++;
                }
                case "noninteractive" -> {
                    b.nonInteractive = true;
                    i++;
                }
                default -> i++;
            }
        }
        return b.build(Mode.INTERACTIVE, null, null, List.of());
    }

    private static final class Builder {
        boolean noProfile;
        boolean noLogo;
        boolean nonInteractive;

        CommandLine build(Mode mode, String file, String command, List<String> arguments) {
            return new CommandLine(mode, file, command, arguments, null, noProfile, noLogo, nonInteractive);
        }

        CommandLine file(String file, List<String> arguments) {
            return build(Mode.FILE, file, null, arguments);
        }
    }

    private static boolean isParameter(String arg) {
        return arg.length() > 1 && (arg.charAt(0) == '-' || arg.charAt(0) == '/' && arg.indexOf('/', 1) < 0
                && !arg.contains(".")) && !arg.startsWith("--");
    }

    /** The parameter an argument names, or null. */
    private static String resolve(String arg) {
        String typed = arg.substring(1).toLowerCase(Locale.ROOT);
        for (Switch s : SWITCHES) {
            if (s.matches(typed)) {
                return s.name();
            }
        }
        return null;
    }

    /** A command encoded as pwsh's -EncodedCommand takes it: Base64 of its UTF-16LE bytes; null when it is not. */
    private static String decode(String base64) {
        try {
            byte[] bytes = Base64.getDecoder().decode(base64.strip());
            return StandardCharsets.UTF_16LE.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }

    private static CommandLine error(String message) {
        return new CommandLine(Mode.ERROR, null, null, List.of(), message, false, false, false);
    }

    private static List<String> rest(String[] args, int from) {
        return from >= args.length ? List.of() : new ArrayList<>(Arrays.asList(args).subList(from, args.length));
    }
}
