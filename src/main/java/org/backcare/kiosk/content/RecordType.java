package org.backcare.kiosk.content;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content record type's components and canonical constructor, looked up once per type.
 * {@link Class#getRecordComponents()} builds new components at each call, and each component
 * reads its generic type and annotations from the class file again; the shape check and the
 * binder ask for them at every object of the content, a few thousand times per load.
 */
final class RecordType {

    private static final ClassValue<RecordType> TYPES = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return new RecordType(type);
        }
    };

    /** By name, in declaration order. */
    final Map<String, RecordComponent> components;
    final String componentNames;
    private final RecordComponent[] inOrder;
    private final Constructor<?> canonical;

    private RecordType(Class<?> type) {
        inOrder = type.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        Class<?>[] types = new Class<?>[inOrder.length];
        for (int i = 0; i < inOrder.length; i++) {
            byName.put(inOrder[i].getName(), inOrder[i]);
            types[i] = inOrder[i].getType();
        }
        components = Collections.unmodifiableMap(byName);
        componentNames = String.join(", ", byName.keySet());
        try {
            canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true); // a record that is not public; this module may reach its own
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
        }
    }

    static RecordType of(Class<?> type) {
        return TYPES.get(type);
    }

    int size() {
        return inOrder.length;
    }

    RecordComponent component(int index) {
        return inOrder[index];
    }

    Constructor<?> canonical() {
        return canonical;
    }
}
