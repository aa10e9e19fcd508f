package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jposh.interpreter.runtime.DefaultParameterDictionary;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Reads {@code $PSDefaultParameterValues} for one command invocation, as pwsh's
 * GetDefaultParameterValuePairs: the entries whose key names this command (by name or one of its
 * aliases, wildcards allowed) and one of its parameters (by name or alias; a wildcard must match
 * exactly one), with the value each gives. Key {@code Disabled} set to true turns them all off. Keys of
 * a bad form, a pattern matching several parameters and several different values for one parameter
 * are ignored with pwsh's warnings, each warned once per invocation.
 */
final class DefaultParameterValues {
    private static final String SINGLE_KEY_IN_BAD_FORMAT = "The key '%s' does not have a valid format. For "
            + "information about the correct format, see about_Parameters_Default_Values at "
            + "https://go.microsoft.com/fwlink/?LinkId=228266.";
    private static final String MULTIPLE_KEYS_IN_BAD_FORMAT = "The keys '%s' do not have valid formats. For "
            + "information about the correct format, see about_Parameters_Default_Values at "
            + "https://go.microsoft.com/fwlink/?LinkId=228266.";
    private static final String MULTIPLE_PARAMETERS_MATCHED = "The following name or alias defined in "
            + "$PSDefaultParameterValues for this cmdlet resolves to multiple parameters: %s. The default has been "
            + "ignored.";
    private static final String DIFFERENT_VALUES = "Multiple different default values are defined in "
            + "$PSDefaultParameterValues for the parameter matching the following name or alias: %s. These defaults "
            + "have been ignored.";

    private final Map<?, ?> dictionary;
    private final String commandName;
    private final List<String> commandAliases;
    private final Consumer<String> warnings;
    private final Set<String> warned = new HashSet<>();

    /**
     * @param dictionary     the caller's $PSDefaultParameterValues
     * @param commandAliases the aliases of the command, which keys may name instead of it
     * @param warnings       writes a warning of the command
     */
    DefaultParameterValues(Map<?, ?> dictionary, String commandName, List<String> commandAliases,
                           Consumer<String> warnings) {
        this.dictionary = dictionary;
        this.commandName = commandName;
        this.commandAliases = commandAliases;
        this.warnings = warnings;
    }

    /**
     * The parameters among {@code parameters} that defaults are given for, with their values; null when
     * the defaults are disabled. Keys of a bad form are removed from the dictionary, as pwsh does.
     */
    Map<ParameterMetadata, Object> pairs(List<ParameterMetadata> parameters) {
        Map<ParameterMetadata, Object> result = new LinkedHashMap<>();
        Set<ParameterMetadata> conflicting = new HashSet<>();
        List<Object> badKeys = new ArrayList<>();
        List<String[]> wildcards = new ArrayList<>();
        List<Object> wildcardValues = new ArrayList<>();
        for (Map.Entry<?, ?> entry : dictionary.entrySet()) {
            if (!(entry.getKey() instanceof String text)) {
                continue;
            }
            DefaultParameterDictionary.Key key = DefaultParameterDictionary.parseKey(text);
            if (key == null) {
                if (DefaultParameterDictionary.isDisabledKey(text)) {
                    if (LanguagePrimitives.isTrue(entry.getValue())) {
                        return null;
                    }
                } else {
                    badKeys.add(entry.getKey());
                }
                continue;
            }
            if (WildcardPattern.containsWildcardCharacters(text.strip())) {
                wildcards.add(new String[] {key.commandName(), key.parameterName()});
                wildcardValues.add(entry.getValue());
                continue;
            }
            if (key.commandName().equalsIgnoreCase(commandName) || matchesAnyAlias(key.commandName())) {
                addExact(key, entry.getValue(), parameters, result, conflicting);
            }
        }
        for (int i = 0; i < wildcards.size(); i++) {
            DefaultParameterDictionary.Key key = new DefaultParameterDictionary.Key(wildcards.get(i)[0],
                    wildcards.get(i)[1]);
            Object value = wildcardValues.get(i);
            if (!new WildcardPattern(key.commandName(), WildcardPattern.IGNORE_CASE).isMatch(commandName)
                    && !matchesAnyAlias(key.commandName())) {
                continue;
            }
            if (!WildcardPattern.containsWildcardCharacters(key.parameterName())) {
                addExact(key, value, parameters, result, conflicting);
                continue;
            }
            addMatching(key, value, parameters, result, conflicting);
        }
        if (!badKeys.isEmpty()) {
            StringBuilder keys = new StringBuilder();
            for (Object badKey : badKeys) {
                dictionary.remove(badKey);
                keys.append(keys.isEmpty() ? "" : ", ").append(badKey);
            }
            warnings.accept((badKeys.size() > 1 ? MULTIPLE_KEYS_IN_BAD_FORMAT : SINGLE_KEY_IN_BAD_FORMAT)
                    .formatted(keys));
        }
        for (ParameterMetadata parameter : conflicting) {
            result.remove(parameter);
        }
        return result;
    }

    /** A parameter named exactly (name first, then alias); a parameter not found may be a dynamic one still to come. */
    private void addExact(DefaultParameterDictionary.Key key, Object value, List<ParameterMetadata> parameters,
                          Map<ParameterMetadata, Object> result, Set<ParameterMetadata> conflicting) {
        ParameterMetadata match = null;
        for (ParameterMetadata parameter : parameters) {
            if (parameter.name().equalsIgnoreCase(key.parameterName())) {
                match = parameter;
            }
        }
        for (int i = 0; match == null && i < parameters.size(); i++) {
            for (String alias : parameters.get(i).aliases()) {
                if (alias.equalsIgnoreCase(key.parameterName())) {
                    match = parameters.get(i);
                }
            }
        }
        if (match != null) {
            add(key, match, value, result, conflicting);
        }
    }

    /** A parameter pattern must match one name or alias only. */
    private void addMatching(DefaultParameterDictionary.Key key, Object value, List<ParameterMetadata> parameters,
                             Map<ParameterMetadata, Object> result, Set<ParameterMetadata> conflicting) {
        WildcardPattern pattern = new WildcardPattern(key.parameterName(), WildcardPattern.IGNORE_CASE);
        List<ParameterMetadata> matches = new ArrayList<>();
        for (ParameterMetadata parameter : parameters) {
            if (pattern.isMatch(parameter.name())) {
                matches.add(parameter);
            }
            for (String alias : parameter.aliases()) {
                if (pattern.isMatch(alias)) {
                    matches.add(parameter);
                }
            }
        }
        if (matches.size() > 1) {
            warnOnce(key, MULTIPLE_PARAMETERS_MATCHED);
        } else if (matches.size() == 1) {
            add(key, matches.getFirst(), value, result, conflicting);
        }
    }

    /** Two different values for one parameter cancel each other, with a warning. */
    private void add(DefaultParameterDictionary.Key key, ParameterMetadata parameter, Object value,
                     Map<ParameterMetadata, Object> result, Set<ParameterMetadata> conflicting) {
        if (!result.containsKey(parameter)) {
            result.put(parameter, value);
        } else if (!Objects.equals(value, result.get(parameter))) {
            warnOnce(key, DIFFERENT_VALUES);
            conflicting.add(parameter);
        }
    }

    private void warnOnce(DefaultParameterDictionary.Key key, String message) {
        if (warned.add(key.commandName() + ":" + key.parameterName())) {
            warnings.accept(message.formatted(key.parameterName()));
        }
    }

    /** A default that could not be bound is skipped with a warning, once per parameter. */
    void warnBindingFailed(String parameterName, Object value, String reason) {
        if (warned.add(commandName + ":" + parameterName)) {
            warnings.accept("The binding of default value '" + (value == null ? "null"
                    : LanguagePrimitives.toStringValue(value)) + "' to parameter '" + parameterName + "' failed: "
                    + reason);
        }
    }

    private boolean matchesAnyAlias(String pattern) {
        if (commandAliases.isEmpty()) {
            return false;
        }
        WildcardPattern alias = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
        for (String name : commandAliases) {
            if (alias.isMatch(name)) {
                return true;
            }
        }
        return false;
    }
}
