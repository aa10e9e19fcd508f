package org.jposh.stdlib.pester;

import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Pester 5's configuration as New-PesterConfiguration makes it: the sections and options Invoke-Pester
 * reads here (Run, Filter, Output), each an object with Default, Description and Value. A script sets an option either as
 * {@code $c.Run.PassThru = $true} or through its Value; Invoke-Pester -Configuration reads either.
 */
final class PesterConfiguration {
    /** The sections and options this Pester reads, with their defaults and Pester's descriptions. */
    private static final Map<String, List<Object[]>> OPTIONS = new java.util.LinkedHashMap<>();

    static {
        OPTIONS.put("Run", List.<Object[]>of(
                new Object[] {"Path", new String[] {"."}, "Directories to be searched for tests, paths directly to test files, or combination of both."},
                new Object[] {"Exit", false, "Exit with non-zero exit code when the test run fails. Exit code is always set to `$LASTEXITCODE` even when this option is `$false`. When used together with Throw, throwing an exception is preferred."},
                new Object[] {"PassThru", false, "Return result object to the pipeline after finishing the test run."}));
        OPTIONS.put("Filter", List.<Object[]>of(
                new Object[] {"Tag", new String[0], "Tags of Describe, Context or It to be run."},
                new Object[] {"ExcludeTag", new String[0], "Tags of Describe, Context or It to be excluded from the run."},
                new Object[] {"FullName", new String[0], "Full name of test with -like wildcards, joined by dot. Example: '*.describe Get-Item.test1'"}));
        OPTIONS.put("Output", List.<Object[]>of(
                new Object[] {"Verbosity", "Normal", "The verbosity of output, options are None, Normal, Detailed and Diagnostic."}));
    }

    private final PSObject configuration;

    private PesterConfiguration(PSObject configuration) {
        this.configuration = configuration;
    }

    static PesterConfiguration from(PSObject configuration) {
        return new PesterConfiguration(configuration);
    }

    /** A new configuration with the defaults, then the values of a hashtable of sections ({@code @{ Run = @{ Path = '.' } }}). */
    static PSObject create(Map<?, ?> values) {
        PSObject configuration = PSObject.newCustomObject();
        OPTIONS.forEach((sectionName, options) -> {
            PSObject section = PSObject.newCustomObject();
            for (Object[] option : options) {
                PSObject value = PSObject.newCustomObject();
                value.setNoteProperty("Default", option[1]);
                value.setNoteProperty("Description", option[2]);
                value.setNoteProperty("Value", option[1]);
                section.setNoteProperty((String) option[0], value);
            }
            configuration.setNoteProperty(sectionName, section);
        });
        if (values != null) {
            for (Map.Entry<?, ?> sectionEntry : values.entrySet()) {
                Object section = property(configuration, LanguagePrimitives.toStringValue(sectionEntry.getKey()));
                if (section instanceof PSObject sectionObject && PSObject.base(sectionEntry.getValue()) instanceof Map<?, ?> map) {
                    for (Map.Entry<?, ?> entry : map.entrySet()) {
                        Object option = property(sectionObject, LanguagePrimitives.toStringValue(entry.getKey()));
                        if (option instanceof PSObject optionObject) {
                            optionObject.setNoteProperty("Value", entry.getValue());
                        }
                    }
                }
            }
        }
        return configuration;
    }

    /** An option's value: the option's Value, or what was assigned in its place; null when not set. */
    private Object value(String section, String name) {
        Object option = property(property(configuration, section), name);
        if (option instanceof PSObject o && o.property("Default") != null) {
            return property(o, "Value");
        }
        return option;
    }

    private static Object property(Object owner, String name) {
        if (!(owner instanceof PSObject object)) {
            return null;
        }
        var property = object.property(name);
        return property == null ? null : property.getValue(object);
    }

    String[] strings(String section, String name, String[] defaultValue) {
        Object value = value(section, name);
        if (value == null) {
            return defaultValue;
        }
        Object base = PSObject.base(value);
        Object[] items = base instanceof Object[] array ? array
                : base instanceof List<?> list ? list.toArray() : new Object[] {value};
        if (items.length == 0) {
            return defaultValue;
        }
        String[] strings = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            strings[i] = LanguagePrimitives.toStringValue(items[i]);
        }
        return strings;
    }

    String string(String section, String name, String defaultValue) {
        Object value = value(section, name);
        return value == null ? defaultValue : LanguagePrimitives.toStringValue(value);
    }

    boolean bool(String section, String name) {
        Object value = value(section, name);
        return value != null && LanguagePrimitives.isTrue(value);
    }
}
