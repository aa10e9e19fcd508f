package org.jposh.interpreter.commands.bench;

import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.commands.BindingServices;
import org.jposh.interpreter.commands.BindingTarget;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.InvocationInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ParameterBinder;
import org.jposh.interpreter.host.PSHost;

/**
 * The cost of binding one command line, {@code Get-Bench -Name x -Count 5} (two named parameters, as
 * the parser hands them over: name records followed by their values), on a fresh cmdlet instance each
 * time, as every command invocation does. Not a test: run it with {@code bench/binder.sh}.
 */
public final class BinderBenchmark {
    private static final int ROUNDS = 15;
    private static final int CALLS_PER_ROUND = 200_000;

    /** A cmdlet with the two parameters being bound. */
    @Cmdlet(verb = "Get", noun = "Bench")
    public static final class GetBenchCommand extends PSCmdlet {
        @Parameter(position = 0)
        private String name;

        @Parameter
        private int count;

        int checksum() {
            return name.length() + count;
        }
    }

    private static final BindingServices SERVICES = new BindingServices() {
        @Override
        public PSHost host() {
            return null;
        }

        @Override
        public Object property(Object target, String name) {
            return NO_PROPERTY;
        }
    };

    private BinderBenchmark() {
    }

    public static void main(String[] args) {
        CommandMetadata metadata = CommandMetadata.of(GetBenchCommand.class);
        InvocationInfo invocation = new InvocationInfo(metadata, 1, false);
        List<CommandArgument> line = List.of(CommandArgument.parameter("Name", null),
                CommandArgument.positional("x", null), CommandArgument.parameter("Count", null),
                CommandArgument.positional(5, null));
        long checksum = 0;
        double[] nanosPerCall = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < CALLS_PER_ROUND; i++) {
                GetBenchCommand cmdlet = new GetBenchCommand();
                new ParameterBinder(invocation, BindingTarget.fieldsOf(cmdlet), SERVICES).bindCommandLine(line);
                checksum += cmdlet.checksum();
            }
            nanosPerCall[round] = (System.nanoTime() - start) / (double) CALLS_PER_ROUND;
        }
        double[] sorted = nanosPerCall.clone();
        Arrays.sort(sorted);
        System.out.printf("binding 'Get-Bench -Name x -Count 5': median %.0f ns per call, fastest %.0f ns "
                + "(%d rounds of %d calls; rounds: %s; checksum %d)%n", sorted[ROUNDS / 2], sorted[0], ROUNDS,
                CALLS_PER_ROUND, Arrays.toString(Arrays.stream(nanosPerCall).mapToLong(Math::round).toArray()),
                checksum);
    }
}
