package org.jposh.interpreter.host;

/**
 * One value {@link PSHostUserInterface#prompt} asks for (pwsh's FieldDescription): its name, the .NET
 * name of its type (a collection type is asked for element by element), and the help {@code !?} shows.
 */
public record FieldDescription(String name, String parameterTypeName, String helpMessage) {
}
