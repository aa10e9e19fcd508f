package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

/**
 * {@code $Host.UI.RawUI} (pwsh's PSHostRawUserInterface) over the console: its colours are the console's
 * ({@code [Console]::ForegroundColor}), its window and buffer are as wide as the host's lines, and a window title set
 * is sent to a terminal as the escape sequence xterm and its kin understand.
 */
public final class HostRawUserInterface implements DotNetTyped {
    private static final String HOST = "System.Management.Automation.Host";
    public static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Internal.Host",
            "InternalHostRawUserInterface", HostRawUserInterface.class, HostRawUserInterface::defineMembers);
    static final DotNetType SIZE = CoreTypes.define(HOST, "Size", Size.class, b -> b
            .constructor((t, a) -> new Size((Integer) a[0], (Integer) a[1]), param("width", CoreTypes.INT32),
                    param("height", CoreTypes.INT32))
            .property("Width", CoreTypes.INT32, s -> ((Size) s).width())
            .property("Height", CoreTypes.INT32, s -> ((Size) s).height()));

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(SIZE);
    }

    private volatile String windowTitle = "";

    /** System.Management.Automation.Host.Size: a window's or buffer's width and height in cells. */
    public record Size(int width, int height) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return SIZE;
        }

        @Override
        public String toString() {
            return width + "," + height;
        }
    }

    private void setWindowTitle(Object value) {
        windowTitle = value == null ? "" : LanguagePrimitives.toStringValue(value);
        ConsoleMembers.writeSequence("\u001b]0;" + windowTitle + "\u0007");
    }

    /** The host's lines are its width; its height is not known, as for output that is not a terminal. */
    private static Size size() {
        return new Size(ConsoleMembers.width(), 0);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("ForegroundColor", ConsoleMembers.CONSOLE_COLOR, r -> ConsoleMembers.foreground(),
                (r, v) -> ConsoleMembers.setForeground(LanguagePrimitives.convertTo(v, ConsoleMembers.CONSOLE_COLOR)));
        b.property("BackgroundColor", ConsoleMembers.CONSOLE_COLOR, r -> ConsoleMembers.background(),
                (r, v) -> ConsoleMembers.setBackground(LanguagePrimitives.convertTo(v, ConsoleMembers.CONSOLE_COLOR)));
        b.property("WindowTitle", CoreTypes.STRING, r -> ((HostRawUserInterface) r).windowTitle,
                (r, v) -> ((HostRawUserInterface) r).setWindowTitle(v));
        b.property("WindowSize", SIZE, r -> size());
        b.property("BufferSize", SIZE, r -> size());
        b.property("MaxWindowSize", SIZE, r -> size());
        b.property("MaxPhysicalWindowSize", SIZE, r -> size());
    }
}
