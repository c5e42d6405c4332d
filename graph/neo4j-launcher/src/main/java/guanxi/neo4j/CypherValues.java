package guanxi.neo4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;

/**
 * What the Cypher loader's expressions do to values ({@code SET +=} only on a change, {@code weight + n}, DEDUPE of
 * lists), written for {@link WriteBatch} so both write paths leave the same properties.
 */
final class CypherValues {
  private static final String[] NO_STRINGS = new String[0];

  private CypherValues() {}

  static boolean linked(Node start, RelationshipType type, Node end) {
    for (Relationship r : start.getRelationships(Direction.OUTGOING, type)) {
      if (r.getEndNode().equals(end)) return true;
    }
    return false;
  }

  /** Cypher's {@code SET x += props} run only when one value differs. */
  static void setIfChanged(org.neo4j.graphdb.Entity e, Map<String, Object> props) {
    boolean changed = false;
    for (Map.Entry<String, Object> p : props.entrySet()) {
      Object current = e.getProperty(p.getKey(), null);
      if (current == null || !sameValue(current, p.getValue())) changed = true;
    }
    if (!changed) return;
    for (Map.Entry<String, Object> p : props.entrySet()) e.setProperty(p.getKey(), p.getValue());
  }

  static boolean sameValue(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) return x.doubleValue() == y.doubleValue();
    return Objects.equals(a, b);
  }

  static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0L;
  }

  static List<Object> stored(Node n, String key) {
    Object value = n.getProperty(key, null);
    if (value instanceof String[] list) return Arrays.asList((Object[]) list);
    if (value == null) return List.of();
    if (value.getClass().isArray()) {
      int length = java.lang.reflect.Array.getLength(value);
      List<Object> out = new ArrayList<>(length);
      for (int i = 0; i < length; i++) out.add(java.lang.reflect.Array.get(value, i));
      return out;
    }
    return List.of(value);
  }

  /** Cypher's {@code weight + n}: a double stays a double, null stays null. */
  static Object plus(Object weight, long added) {
    if (!(weight instanceof Number w)) return null;
    return w instanceof Double ? (Object) (w.doubleValue() + added) : (Object) (w.longValue() + added);
  }

  static String[] united(List<Object> stored, List<String> more) {
    List<Object> all = new ArrayList<>(stored);
    all.addAll(more);
    return dedupe(all, null);
  }

  /** The Cypher loader's DEDUPE: nulls, repeats and {@code except} left out, first seen order kept. */
  static String[] dedupe(List<Object> values, String except) {
    Set<String> out = new LinkedHashSet<>();
    for (Object v : values) {
      if (v == null || (except != null && except.equals(v))) continue;
      out.add(v.toString());
    }
    return out.toArray(NO_STRINGS);
  }
}
