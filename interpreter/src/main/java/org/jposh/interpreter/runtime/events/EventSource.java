package org.jposh.interpreter.runtime.events;

/**
 * An object with .NET events that Register-ObjectEvent can subscribe to (System.Timers.Timer's Elapsed):
 * JPosh's stand-in for reflection over a type's EventInfos. Handlers are called on whatever thread raises
 * the event.
 */
public interface EventSource {
    /** What an event calls: its sender and its EventArgs, as a .NET EventHandler delegate gets them. */
    @FunctionalInterface
    interface Handler {
        void handle(Object sender, Object eventArgs);
    }

    /** The event's name as the type declares it, for a name in any case; null when the object has none such. */
    String eventName(String name);

    void addHandler(String eventName, Handler handler);

    void removeHandler(String eventName, Handler handler);
}
