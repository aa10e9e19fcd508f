package org.jposh.interpreter.commands;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The binder's lists of unbound parameters, made for every invocation from the command's parameters:
 * one array copied from them, where an ArrayList would copy twice, and removal by identity, the only
 * equality parameters have.
 */
final class ParameterList extends AbstractList<ParameterMetadata> implements RandomAccess {
    private ParameterMetadata[] elements;
    private int size;

    ParameterList(List<ParameterMetadata> parameters) {
        this.elements = parameters.toArray(new ParameterMetadata[parameters.size()]);
        this.size = elements.length;
    }

    @Override
    public ParameterMetadata get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return elements[index];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(ParameterMetadata parameter) {
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, Math.max(4, size * 2));
        }
        elements[size++] = parameter;
        modCount++;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        for (int i = 0; i < size; i++) {
            if (elements[i] == o) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean remove(Object o) {
        int index = indexOf(o);
        if (index < 0) {
            return false;
        }
        remove(index);
        return true;
    }

    @Override
    public ParameterMetadata remove(int index) {
        ParameterMetadata removed = get(index);
        System.arraycopy(elements, index + 1, elements, index, size - index - 1);
        elements[--size] = null;
        modCount++;
        return removed;
    }
}
