package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * System.Collections.Generic.LinkedList[T]: a doubly linked list whose nodes (LinkedListNode[T]: Value, Next,
 * Previous, List) scripts hold and insert around, which Java's LinkedList does not expose. It enumerates
 * from First to Last; a node belongs to one list at a time, as .NET checks.
 */
public final class GenericLinkedList implements Iterable<Object>, DotNetTyped {
    private final DotNetType type;
    private Node first;
    private Node last;
    private int count;
    /** Changes with every link and unlink, for the enumerator to notice. */
    private int version;

    GenericLinkedList(DotNetType type) {
        this.type = type;
    }

    /** LinkedListNode[T]. */
    public static final class Node implements DotNetTyped {
        private final DotNetType type;
        private Object value;
        private GenericLinkedList list;
        private Node next;
        private Node previous;

        private Node(DotNetType type, Object value) {
            this.type = type;
            this.value = value;
        }

        @Override
        public DotNetType dotNetType() {
            return type;
        }

        @Override
        public String toString() {
            return type.toString();
        }
    }

    static void defineNode(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        DotNetType element = type.isGenericTypeDefinition() ? OBJECT : type.genericArgument(0);
        if (!type.isGenericTypeDefinition()) {
            b.constructor((t, a) -> new Node(type, a[0]), param("value", element));
        }
        b.property("Value", element, n -> ((Node) n).value, (n, v) -> ((Node) n).value = v);
        b.property("Next", type, n -> ((Node) n).next);
        b.property("Previous", type, n -> ((Node) n).previous);
        b.property("List", OBJECT, n -> ((Node) n).list);
    }

    static void defineList(TypeAdapter.Builder b) {
        DotNetType type = b.type();
        DotNetType element = type.isGenericTypeDefinition() ? OBJECT : type.genericArgument(0);
        DotNetType nodeType = type.isGenericTypeDefinition() ? CoreTypes.LINKED_LIST_NODE
                : CoreTypes.LINKED_LIST_NODE.makeGenericType(element);
        if (!type.isGenericTypeDefinition()) {
            b.constructor((t, a) -> new GenericLinkedList(type));
            b.constructor((t, a) -> {
                GenericLinkedList list = new GenericLinkedList(type);
                Iterable<?> elements = LanguagePrimitives.getEnumerable(a[0]);
                if (elements == null) {
                    throw DotNetException.argumentNull("collection");
                }
                for (Object e : elements) {
                    list.linkBefore(null, new Node(nodeType, LanguagePrimitives.convertTo(e, element)));
                }
                return list;
            }, param("collection", OBJECT));
        }
        b.property("Count", INT32, l -> ((GenericLinkedList) l).count);
        b.property("First", nodeType, l -> ((GenericLinkedList) l).first);
        b.property("Last", nodeType, l -> ((GenericLinkedList) l).last);
        b.method("AddFirst", nodeType, (t, a) -> list(t).add(list(t).first, a[0], nodeType), param("value", element));
        b.method("AddFirst", VOID, (t, a) -> list(t).addNode(list(t).first, a[0]), param("node", nodeType));
        b.method("AddLast", nodeType, (t, a) -> list(t).add(null, a[0], nodeType), param("value", element));
        b.method("AddLast", VOID, (t, a) -> list(t).addNode(null, a[0]), param("node", nodeType));
        b.method("AddBefore", nodeType, (t, a) -> list(t).add(list(t).owned(a[0]), a[1], nodeType),
                param("node", nodeType), param("value", element));
        b.method("AddAfter", nodeType, (t, a) -> list(t).add(list(t).owned(a[0]).next, a[1], nodeType),
                param("node", nodeType), param("value", element));
        b.method("Remove", BOOLEAN, (t, a) -> {
            Node node = list(t).find(a[0], true);
            if (node != null) {
                list(t).unlink(node);
            }
            return node != null;
        }, param("value", element));
        b.method("Remove", VOID, (t, a) -> {
            list(t).unlink(list(t).owned(a[0]));
            return AutomationNull.VALUE;
        }, param("node", nodeType));
        b.method("RemoveFirst", VOID, (t, a) -> {
            list(t).unlink(list(t).nonEmpty().first);
            return AutomationNull.VALUE;
        });
        b.method("RemoveLast", VOID, (t, a) -> {
            list(t).unlink(list(t).nonEmpty().last);
            return AutomationNull.VALUE;
        });
        b.method("Find", nodeType, (t, a) -> list(t).find(a[0], true), param("value", element));
        b.method("FindLast", nodeType, (t, a) -> list(t).find(a[0], false), param("value", element));
        b.method("Contains", BOOLEAN, (t, a) -> list(t).find(a[0], true) != null, param("value", element));
        b.method("Clear", VOID, (t, a) -> {
            list(t).clear();
            return AutomationNull.VALUE;
        });
    }

    private static GenericLinkedList list(Object target) {
        return (GenericLinkedList) target;
    }

    private Node add(Node before, Object value, DotNetType nodeType) {
        Node node = new Node(nodeType, value);
        linkBefore(before, node);
        return node;
    }

    private Object addNode(Node before, Object node) {
        if (node == null) {
            throw DotNetException.argumentNull("node");
        }
        Node added = (Node) node;
        if (added.list != null) {
            throw DotNetException.invalidOperation("The LinkedList node already belongs to a LinkedList.");
        }
        linkBefore(before, added);
        return AutomationNull.VALUE;
    }

    /** A node argument, which must be one of this list's; .NET's exceptions otherwise. */
    private Node owned(Object node) {
        if (node == null) {
            throw DotNetException.argumentNull("node");
        }
        if (((Node) node).list != this) {
            throw DotNetException.invalidOperation("The LinkedList node does not belong to current LinkedList.");
        }
        return (Node) node;
    }

    private GenericLinkedList nonEmpty() {
        if (count == 0) {
            throw DotNetException.invalidOperation("The LinkedList is empty.");
        }
        return this;
    }

    /** Links the node in before {@code before}, or at the end for null. */
    private void linkBefore(Node before, Node node) {
        node.list = this;
        node.next = before;
        node.previous = before == null ? last : before.previous;
        if (node.previous == null) {
            first = node;
        } else {
            node.previous.next = node;
        }
        if (before == null) {
            last = node;
        } else {
            before.previous = node;
        }
        count++;
        version++;
    }

    private void unlink(Node node) {
        if (node.previous == null) {
            first = node.next;
        } else {
            node.previous.next = node.next;
        }
        if (node.next == null) {
            last = node.previous;
        } else {
            node.next.previous = node.previous;
        }
        node.list = null;
        node.next = null;
        node.previous = null;
        count--;
        version++;
    }

    /** The first (or last) node whose value equals {@code value}, as .NET's default comparer says, or null. */
    private Node find(Object value, boolean fromFirst) {
        Object wanted = PSObject.base(value);
        for (Node n = fromFirst ? first : last; n != null; n = fromFirst ? n.next : n.previous) {
            if (Objects.equals(PSObject.base(n.value), wanted)) {
                return n;
            }
        }
        return null;
    }

    private void clear() {
        while (first != null) {
            unlink(first);
        }
    }

    /**
     * Enumerates the values from First to Last. Changing the list while enumerating fails as Java's collections
     * fail, which the interpreter reports as .NET's InvalidOperationException.
     */
    @Override
    public Iterator<Object> iterator() {
        return new Iterator<>() {
            private Node next = first;
            private final int expectedVersion = version;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Object next() {
                if (version != expectedVersion) {
                    throw new ConcurrentModificationException();
                }
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Object value = next.value;
                next = next.next;
                return value;
            }
        };
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
