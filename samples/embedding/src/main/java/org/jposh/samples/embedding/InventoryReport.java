package org.jposh.samples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs a PowerShell script on the application's own objects: the host passes Java objects in as
 * variables, the script formats them with the cmdlets, and the host reads back what the script set.
 * The script gets the objects' public members and nothing else: no files, no processes, no Java
 * classes of its own choosing.
 */
public final class InventoryReport {
    /** An object of the application; its getters are properties in PowerShell. */
    public record Item(String name, int quantity, double price) {
        public String getName() {
            return name;
        }

        public int getQuantity() {
            return quantity;
        }

        public double getPrice() {
            return price;
        }
    }

    /** What the report computed, read back from the script's variables. */
    public record Result(String names, String lowStock) {
    }

    private InventoryReport() {
    }

    public static void main(String[] args) throws IOException {
        Result result = run(List.of(new Item("bolt", 120, 0.25), new Item("nut", 80, 0.1),
                new Item("gear", 3, 12.5)), System.out);
        System.out.println("Names: " + result.names());
        System.out.println("Last item as JSON: " + result.lowStock());
    }

    /** Runs the report, writing its output to {@code out}. */
    public static Result run(List<Item> items, OutputStream out) throws IOException {
        Source script;
        try (InputStream in = InventoryReport.class.getResourceAsStream("report.ps1")) {
            script = Source.newBuilder("posh", new String(in.readAllBytes(), StandardCharsets.UTF_8), "report.ps1")
                    .build();
        }
        try (Context context = Context.newBuilder("posh")
                .allowHostAccess(HostAccess.ALL)       // public members of the objects passed in
                .option("posh.HostOutput", "true")     // output through Out-Default, as in a console
                .out(out)
                .err(new PrintStream(out, true, StandardCharsets.UTF_8))
                .build()) {
            Value variables = context.getBindings("posh");
            variables.putMember("items", items);
            variables.putMember("threshold", 5);
            context.eval(script);
            return new Result(variables.getMember("names").asString(), variables.getMember("lowStock").asString());
        }
    }
}
