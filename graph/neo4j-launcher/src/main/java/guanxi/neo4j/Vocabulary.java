package guanxi.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;

/**
 * The labels, relationship types and reserved property names the write procedure accepts. Written once, in
 * contract/model.ts: the Node side passes them at start as the system property {@value #PROPERTY}, lines of
 * {@code name=a,b,c} joined by {@code ;} (entities, kinds, relations, reservedNode, reservedRelationship).
 */
final class Vocabulary {
  static final String PROPERTY = "guanxi.vocabulary";

  private final Map<String, Label> entities = new LinkedHashMap<>();
  private final Map<String, Label> kinds = new HashMap<>();
  private final Map<String, RelationshipType> relations = new LinkedHashMap<>();
  private final RelationshipType[] relationTypes;
  private final Set<String> reservedNode;
  private final Set<String> reservedRelationship;

  private Vocabulary(Map<String, List<String>> lists) {
    for (String name : lists.get("entities")) entities.put(name, Label.label(name));
    for (String name : lists.get("kinds")) kinds.put(name, Label.label(name));
    for (String name : lists.get("relations")) relations.put(name, RelationshipType.withName(name));
    relationTypes = relations.values().toArray(new RelationshipType[0]);
    reservedNode = Set.copyOf(lists.get("reservedNode"));
    reservedRelationship = Set.copyOf(lists.get("reservedRelationship"));
  }

  /** Parses the property's value; throws naming what is missing. */
  static Vocabulary parse(String value) {
    Map<String, List<String>> lists = new HashMap<>();
    for (String line : value.split(";")) {
      int eq = line.indexOf('=');
      if (eq <= 0) continue;
      List<String> names = new ArrayList<>();
      for (String name : line.substring(eq + 1).split(",")) {
        if (!name.isBlank()) names.add(name.trim());
      }
      lists.put(line.substring(0, eq).trim(), names);
    }
    for (String key : List.of("entities", "kinds", "relations", "reservedNode", "reservedRelationship")) {
      if (!lists.containsKey(key) || (lists.get(key).isEmpty() && !key.equals("kinds"))) {
        throw new IllegalArgumentException(PROPERTY + " has no list " + key);
      }
    }
    return new Vocabulary(lists);
  }

  Label entityLabel(String name) {
    Label label = entities.get(name);
    if (label == null) throw Input.bad("entities", "unknown entity label " + name);
    return label;
  }

  Label kindLabel(String name) {
    Label label = kinds.get(name);
    if (label == null) throw Input.bad("entities", "unknown kind label " + name);
    return label;
  }

  RelationshipType relationType(String name) {
    RelationshipType type = relations.get(name);
    if (type == null) throw Input.bad("facts", "unknown relationship type " + name);
    return type;
  }

  Iterable<String> entityTypes() {
    return entities.keySet();
  }

  RelationshipType[] relationTypes() {
    return relationTypes.clone();
  }

  /** The node's first label that is an entity type, as the Cypher loader's TYPE_OF reads it; null when none. */
  String entityType(Node n) {
    for (Label label : n.getLabels()) {
      if (entities.containsKey(label.name())) return label.name();
    }
    return null;
  }

  boolean reservedOnNode(String key) {
    return reservedNode.contains(key);
  }

  boolean reservedOnRelationship(String key) {
    return reservedRelationship.contains(key);
  }
}
