package guanxi.neo4j;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the write procedure's batch map; anything of the wrong shape throws naming the field. */
final class Input {
  private static final Pattern PROPERTY_KEY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9]{0,39}$");

  private Input() {}

  static IllegalArgumentException bad(String field, String message) {
    return new IllegalArgumentException(WriteBatch.NAME + ": " + field + ": " + message);
  }

  static String string(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value instanceof String s) return s;
    throw bad(key, "expected a string, got " + describe(value));
  }

  static String optionalString(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value == null) return null;
    return string(map, key);
  }

  static long integer(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value instanceof Long n) return n;
    if (value instanceof Integer n) return n;
    throw bad(key, "expected an integer, got " + describe(value));
  }

  static long[] integers(Map<String, Object> map, String key) {
    List<?> list = list(map, key);
    long[] out = new long[list.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(list.get(i) instanceof Number n) || list.get(i) instanceof Double) {
        throw bad(key, "expected integers, got " + describe(list.get(i)));
      }
      out[i] = n.longValue();
    }
    return out;
  }

  static List<String> strings(Map<String, Object> map, String key) {
    List<?> list = list(map, key);
    List<String> out = new ArrayList<>(list.size());
    for (Object value : list) {
      if (!(value instanceof String s)) throw bad(key, "expected strings, got " + describe(value));
      out.add(s);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Map<String, Object> map, String key) {
    List<?> list = list(map, key);
    for (Object value : list) {
      if (!(value instanceof Map)) throw bad(key, "expected maps, got " + describe(value));
    }
    return (List<Map<String, Object>>) list;
  }

  static ZonedDateTime dateTime(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value instanceof ZonedDateTime t) return t;
    throw bad(key, "expected a datetime, got " + describe(value));
  }

  /**
   * Properties an annotation sets (`props`): keys as the loader's PROPERTY_KEY, none of the reserved ones, values a
   * string, number or boolean.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> properties(Map<String, Object> map, String key, java.util.function.Predicate<String> reserved) {
    Object value = map.get(key);
    if (!(value instanceof Map)) throw bad(key, "expected a map, got " + describe(value));
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> p : ((Map<String, Object>) value).entrySet()) {
      String name = p.getKey();
      if (!PROPERTY_KEY.matcher(name).matches()) throw bad(key, "property name not allowed: " + name);
      if (reserved.test(name)) throw bad(key, "property " + name + " is the graph's own");
      Object v = p.getValue();
      if (!(v instanceof String || v instanceof Long || v instanceof Double || v instanceof Boolean)) {
        throw bad(key, "property " + name + " must be a string, number or boolean, got " + describe(v));
      }
      out.put(name, v);
    }
    return out;
  }

  private static List<?> list(Map<String, Object> map, String key) {
    Object value = map.get(key);
    if (value instanceof List<?> list) return list;
    throw bad(key, "expected a list, got " + describe(value));
  }

  private static String describe(Object value) {
    return value == null ? "nothing" : value.getClass().getSimpleName();
  }
}
