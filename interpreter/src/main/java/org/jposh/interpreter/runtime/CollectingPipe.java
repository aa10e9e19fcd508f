package org.jposh.interpreter.runtime;

import java.util.ArrayList;

/**
 * A pipe that keeps what it receives, for {@code $x = ...} and {@code (...)}. Most of them receive one
 * object (an expression's value, a comparison's result), which is kept without a list.
 */
public final class CollectingPipe implements Pipe {
    private int count;
    private Object first;
    private ArrayList<Object> rest;

    @Override
    public void write(Object value) {
        if (count == 0) {
            first = value;
        } else {
            if (rest == null) {
                rest = new ArrayList<>();
            }
            rest.add(value);
        }
        count++;
    }

    /** As PowerShell assigns pipeline output: nothing is $null, one object is itself, more are an array. */
    public Object result() {
        return count == 0 ? null : count == 1 ? first : toArray();
    }

    /** As ScriptBlock.InvokeReturnAsIs returns output: nothing is AutomationNull, one object is itself, more are an array. */
    public Object resultAsIs() {
        return count == 0 ? AutomationNull.VALUE : count == 1 ? first : toArray();
    }

    public Object[] toArray() {
        Object[] items = new Object[count];
        if (count > 0) {
            items[0] = first;
            for (int i = 1; i < count; i++) {
                items[i] = rest.get(i - 1);
            }
        }
        return items;
    }
}
