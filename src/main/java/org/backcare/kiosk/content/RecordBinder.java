package org.backcare.kiosk.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the content records from a JSON tree that {@link ShapeCheck} has passed: each object
 * becomes its record through the record's own constructor, each list an unmodifiable list, each
 * choice its enum constant. The shape check has already named every problem an author can make;
 * what is left (a record's constructor refusing its values) is thrown for the loader to report.
 *
 * <p>Jackson's data binding did this before. Preparing its deserializers for the content's record
 * types took a cold kiosk about 180 ms at start, more than reading the files; the records
 * are the schema here, so walking them takes a page of code.
 */
final class RecordBinder {

    private RecordBinder() {
    }

    static <T extends Record> T bind(JsonNode node, Class<T> type) {
        return type.cast(value(node, type));
    }

    private static Object value(JsonNode node, Type type) {
        if (node == null || node.isNull()) {
            return type == int.class ? 0 : type == double.class ? 0.0 : type == boolean.class ? Boolean.FALSE : null;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            Type item = list.getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(child -> items.add(value(child, item)));
            return List.copyOf(items);
        }
        if (type == String.class) {
            return node.asText();
        }
        if (type == int.class || type == Integer.class) {
            return node.intValue();
        }
        if (type == double.class || type == Double.class) {
            return node.doubleValue();
        }
        if (type == boolean.class || type == Boolean.class) {
            return node.booleanValue();
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            int index = ShapeCheck.choices(c).indexOf(node.asText());
            if (index < 0) {
                throw new IllegalArgumentException("\"" + node.asText() + "\" is not one of " + ShapeCheck.choices(c));
            }
            return c.getEnumConstants()[index];
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            return record(node, c);
        }
        throw new IllegalStateException("content type not supported: " + type);
    }

    private static Object record(JsonNode node, Class<?> type) {
        RecordType recordType = RecordType.of(type);
        Object[] values = new Object[recordType.size()];
        for (int i = 0; i < values.length; i++) {
            RecordComponent component = recordType.component(i);
            values[i] = value(node.get(component.getName()), component.getGenericType());
        }
        try {
            return recordType.canonical().newInstance(values);
        } catch (InvocationTargetException e) {
            // The record's own constructor refused the values (e.g. a rule it checks itself).
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
