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
    static final DotNetType COORDINATES = CoreTypes.define(HOST, "Coordinates", Coordinates.class, b -> b
            .constructor((t, a) -> new Coordinates((Integer) a[0], (Integer) a[1]), param("x", CoreTypes.INT32),
                    param("y", CoreTypes.INT32))
            .property("X", CoreTypes.INT32, c -> ((Coordinates) c).x())
            .property("Y", CoreTypes.INT32, c -> ((Coordinates) c).y()));
    static final DotNetType RECTANGLE = CoreTypes.define(HOST, "Rectangle", Rectangle.class, b -> b
            .constructor((t, a) -> Rectangle.of((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3]),
                    param("left", CoreTypes.INT32), param("top", CoreTypes.INT32), param("right", CoreTypes.INT32),
                    param("bottom", CoreTypes.INT32))
            .constructor((t, a) -> {
                Coordinates upperLeft = (Coordinates) a[0];
                Coordinates lowerRight = (Coordinates) a[1];
                return Rectangle.of(upperLeft.x(), upperLeft.y(), lowerRight.x(), lowerRight.y());
            }, param("upperLeft", COORDINATES), param("lowerRight", COORDINATES))
            .property("Left", CoreTypes.INT32, r -> ((Rectangle) r).left())
            .property("Top", CoreTypes.INT32, r -> ((Rectangle) r).top())
            .property("Right", CoreTypes.INT32, r -> ((Rectangle) r).right())
            .property("Bottom", CoreTypes.INT32, r -> ((Rectangle) r).bottom()));

    static {
        CoreTypes.register(TYPE);
        CoreTypes.register(SIZE);
        CoreTypes.register(COORDINATES);
        CoreTypes.register(RECTANGLE);
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

    /** System.Management.Automation.Host.Coordinates: a cell of the screen buffer, 0-based. */
    public record Coordinates(int x, int y) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return COORDINATES;
        }

        @Override
        public String toString() {
            return x + "," + y;
        }
    }

    /** System.Management.Automation.Host.Rectangle: a region of the screen buffer, its corners included. */
    public record Rectangle(int left, int top, int right, int bottom) implements DotNetTyped {
        /** A rectangle whose corners are in order, as pwsh's constructor requires (its message words it so). */
        static Rectangle of(int left, int top, int right, int bottom) {
            if (right < left) {
                throw outOfOrder("right", "left");
            }
            if (bottom < top) {
                throw outOfOrder("bottom", "top");
            }
            return new Rectangle(left, top, right, bottom);
        }

        private static DotNetException outOfOrder(String name, String other) {
            return new DotNetException("System.ArgumentException", "\"" + name + "\" cannot be greater than or equal to \""
                    + other + "\". (Parameter '" + name + "')");
        }

        @Override
        public DotNetType dotNetType() {
            return RECTANGLE;
        }

        @Override
        public String toString() {
            return left + "," + top + " ; " + right + "," + bottom;
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
