package guanxi.neo4j;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * The loader's per-batch writes on the core API, in the caller's transaction: what graph/loader/statements.ts does
 * with {@code UNWIND … MERGE} for entities, mentions, bylines, facts, supports and new neighbours, with the same
 * result (an integration test compares both paths' graphs). The batch is built by graph/loader/procedure-batch.ts;
 * labels and types are checked against the vocabulary the Node side passes at start ({@link Vocabulary}), and any
 * bad input throws, which rolls the caller's transaction back. What it may create it looks up as MERGE does
 * ({@link UniqueSeek}), so two loads writing the same new entity wait for each other instead of one failing.
 */
public final class WriteBatch {
  public static final String NAME = "guanxi.writeBatch";

  private static final Label ENTITY = Label.label("Entity");
  private static final Label ARTICLE = Label.label("Article");
  private static final Label FACT = Label.label("Fact");
  private static final Label PERSON = Label.label("Person");
  private static final Label REPORTER = Label.label("Reporter");
  private static final Label ORGANIZATION = Label.label("Organization");
  private static final Label MEDIA = Label.label("Media");
  private static final RelationshipType MENTIONS = RelationshipType.withName("MENTIONS");
  private static final RelationshipType SUPPORTS = RelationshipType.withName("SUPPORTS");
  private static final RelationshipType WROTE = RelationshipType.withName("WROTE");
  private static final RelationshipType PUBLISHED_BY = RelationshipType.withName("PUBLISHED_BY");
  private static final String[] NO_STRINGS = new String[0];

  /** Set by the launcher before the procedure is registered. */
  static volatile Vocabulary vocabulary;

  @Context public Transaction tx;

  /** What the batch wrote: entities (created, all rows) and facts whose relationship was made now. */
  public static final class Counts {
    public long entitiesCreated;
    public long entitiesTotal;
    public long relationsCreated;
  }

  @Procedure(name = NAME, mode = Mode.WRITE)
  @Description("The guanxi loader's writes of one batch (entities, mentions, bylines, facts, supports, neighbour counters).")
  public Stream<Counts> writeBatch(@Name("batch") Map<String, Object> batch) {
    Vocabulary words = vocabulary;
    if (words == null) throw new IllegalStateException(NAME + ": no vocabulary was given at start");
    Write write = new Write(tx, words, Input.dateTime(batch, "now"));
    Counts counts = new Counts();
    for (Map<String, Object> row : Input.maps(batch, "entities")) {
      counts.entitiesTotal++;
      if (write.entity(row)) counts.entitiesCreated++;
    }
    for (Map<String, Object> row : Input.maps(batch, "newMentions")) write.newMentions(row);
    for (Map<String, Object> row : Input.maps(batch, "keptMentions")) write.keptMention(row);
    for (Map<String, Object> row : Input.maps(batch, "bylines")) write.bylines(row);
    List<Node[]> made = new ArrayList<>();
    for (Map<String, Object> row : Input.maps(batch, "facts")) {
      Node[] ends = write.fact(row);
      if (ends != null) made.add(ends);
    }
    counts.relationsCreated = made.size();
    for (Map<String, Object> row : Input.maps(batch, "newSupports")) write.newSupport(row);
    for (Map<String, Object> row : Input.maps(batch, "keptSupports")) write.keptSupport(row);
    write.newNeighbours(made);
    return Stream.of(counts);
  }

  /** One batch's writes. */
  private static final class Write {
    private final Transaction tx;
    private final Vocabulary words;
    private final ZonedDateTime now;
    private final UniqueSeek seek;
    /**
     * Nodes this batch has found or made, by label and id: an article, entity or fact is looked up in the index once
     * per batch, not again for each of its mentions, bylines, facts and supports. Nothing here deletes a node.
     */
    private final Map<Label, Map<String, Node>> found = new HashMap<>();

    Write(Transaction tx, Vocabulary words, ZonedDateTime now) {
      this.tx = tx;
      this.seek = new UniqueSeek(tx);
      this.words = words;
      this.now = now;
    }

    /** A node by its id, looked up once per batch (with a plain index seek); null when there is none. */
    private Node find(Label label, String id) {
      Map<String, Node> nodes = found.computeIfAbsent(label, k -> new HashMap<>());
      Node n = nodes.get(id);
      if (n == null) {
        n = tx.findNode(label, "id", id);
        if (n != null) nodes.put(id, n);
      }
      return n;
    }

    /** The same for a node the batch may create: looked up as MERGE does ({@link UniqueSeek}) unless already known. */
    private Node findForMerge(Label label, String id) {
      Node n = found.computeIfAbsent(label, k -> new HashMap<>()).get(id);
      return n != null ? n : seek.node(label, id);
    }

    private void remember(Label label, String id, Node n) {
      found.computeIfAbsent(label, k -> new HashMap<>()).put(id, n);
    }

    /** mergeEntities: returns whether the entity was created. */
    boolean entity(Map<String, Object> row) {
      String id = Input.string(row, "id");
      Label label = words.entityLabel(Input.string(row, "label"));
      List<Label> kinds = new ArrayList<>();
      for (String kind : Input.strings(row, "kindLabels")) kinds.add(words.kindLabel(kind));
      String rowName = Input.string(row, "name");
      // `kind` is the graph's own name for it, and the loader passes an entity's kind among its properties.
      Map<String, Object> props = Input.properties(row, "props", k -> !k.equals("kind") && words.reservedOnNode(k));
      Node n = findForMerge(ENTITY, id);
      boolean created = n == null;
      // A new entity starts as the Cypher path makes it (its row's name, empty lists); its names are then written
      // once, with the lists united below.
      String current = created ? rowName : (String) n.getProperty("name", null);
      String name =
          current == null || rowName.codePointCount(0, rowName.length()) > current.codePointCount(0, current.length())
              ? rowName
              : current;
      List<Object> storedAliases = created ? List.of() : CypherValues.stored(n, "aliases");
      List<Object> storedPinyin = created ? List.of() : CypherValues.stored(n, "pinyin");
      List<Object> storedInitials = created ? List.of() : CypherValues.stored(n, "pinyinInitials");
      List<Object> storedVariants = created ? List.of() : CypherValues.stored(n, "variants");
      List<Object> aliasInput = new ArrayList<>(storedAliases);
      aliasInput.addAll(Input.strings(row, "aliases"));
      aliasInput.add(current);
      aliasInput.add(rowName);
      String[] aliases = CypherValues.dedupe(aliasInput, name);
      String[] pinyin = CypherValues.united(storedPinyin, Input.strings(row, "pinyin"));
      String[] initials = CypherValues.united(storedInitials, Input.strings(row, "pinyinInitials"));
      String[] variants = CypherValues.united(storedVariants, Input.strings(row, "variants"));
      if (created) {
        List<Label> labels = new ArrayList<>(List.of(ENTITY, label));
        labels.addAll(kinds);
        n = tx.createNode(labels.toArray(new Label[0]));
        n.setProperty("id", id);
        n.setProperty("createdAt", now);
        zeroCounters(n);
      }
      remember(ENTITY, id, n);
      if (created
          || !name.equals(current)
          || !Arrays.equals(aliases, storedAliases.toArray())
          || !Arrays.equals(pinyin, storedPinyin.toArray())
          || !Arrays.equals(initials, storedInitials.toArray())
          || !Arrays.equals(variants, storedVariants.toArray())) {
        n.setProperty("name", name);
        n.setProperty("aliases", aliases);
        n.setProperty("pinyin", pinyin);
        n.setProperty("pinyinInitials", initials);
        n.setProperty("variants", variants);
      }
      CypherValues.setIfChanged(n, props);
      if (!n.hasLabel(label)) n.addLabel(label);
      for (Label kind : kinds) if (!n.hasLabel(kind)) n.addLabel(kind);
      return created;
    }

    /** NEW_MENTIONS: mentions the graph does not hold, created without looking for them. */
    void newMentions(Map<String, Object> row) {
      Node n = find(ENTITY, Input.string(row, "entity"));
      List<Map<String, Object>> mentions = Input.maps(row, "mentions");
      if (n == null) return;
      n.setProperty("articleCount", CypherValues.number(n.getProperty("articleCount", 0L)) + mentions.size());
      for (Map<String, Object> m : mentions) {
        Node a = find(ARTICLE, Input.string(m, "article"));
        if (a == null) continue;
        mentionProperties(a.createRelationshipTo(n, MENTIONS), m);
      }
    }

    /** KEPT_MENTIONS: positions written again. */
    void keptMention(Map<String, Object> row) {
      Node a = find(ARTICLE, Input.string(row, "article"));
      Node n = find(ENTITY, Input.string(row, "entity"));
      if (a == null || n == null) return;
      for (Relationship r : a.getRelationships(Direction.OUTGOING, MENTIONS)) {
        if (r.getEndNode().equals(n)) mentionProperties(r, row);
      }
    }

    private static void mentionProperties(Relationship r, Map<String, Object> m) {
      r.setProperty("count", Input.integer(m, "count"));
      r.setProperty("starts", Input.integers(m, "starts"));
      r.setProperty("ends", Input.integers(m, "ends"));
    }

    /** MERGE_BYLINES: reporters wrote the article, its outlet published it. */
    void bylines(Map<String, Object> row) {
      Node a = find(ARTICLE, Input.string(row, "id"));
      if (a == null) return;
      List<String> reporters = Input.strings(row, "reporters");
      List<String> ids = Input.strings(row, "reporterIds");
      if (ids.size() < reporters.size()) throw Input.bad("bylines", "reporterIds shorter than reporters");
      for (int i = 0; i < reporters.size(); i++) {
        Node p = source(ids.get(i), reporters.get(i), "reporter", PERSON, REPORTER);
        if (!CypherValues.linked(p, WROTE, a)) p.createRelationshipTo(a, WROTE);
      }
      Object sourceId = row.get("sourceId");
      if (sourceId == null) return;
      Node o = source(Input.string(row, "sourceId"), (String) row.get("source"), "media", ORGANIZATION, MEDIA);
      if (!CypherValues.linked(a, PUBLISHED_BY, o)) a.createRelationshipTo(o, PUBLISHED_BY);
    }

    private Node source(String id, String name, String kind, Label type, Label kindLabel) {
      Node n = findForMerge(ENTITY, id);
      if (n != null) {
        remember(ENTITY, id, n);
        return n;
      }
      n = tx.createNode(ENTITY, type, kindLabel);
      remember(ENTITY, id, n);
      n.setProperty("id", id);
      if (name != null) n.setProperty("name", name);
      n.setProperty("kind", kind);
      n.setProperty("aliases", NO_STRINGS);
      n.setProperty("createdAt", now);
      zeroCounters(n);
      return n;
    }

    /**
     * mergeFacts: the relationship (made at weight 0 when new) and its fact node, and what the batch's new supports
     * add to the counters. Returns the two ends when the relationship was made now, else null.
     */
    Node[] fact(Map<String, Object> row) {
      RelationshipType type = words.relationType(Input.string(row, "type"));
      String id = Input.string(row, "id");
      String from = Input.string(row, "from");
      String to = Input.string(row, "to");
      Map<String, Object> props = Input.properties(row, "props", words::reservedOnRelationship);
      long added = Input.integer(row, "added");
      String first = Input.optionalString(row, "first");
      String last = Input.optionalString(row, "last");
      Node a = find(ENTITY, from);
      Node b = find(ENTITY, to);
      if (a == null || b == null) return null;
      Relationship r = seek.relationship(type, id);
      boolean created = r == null;
      if (created) {
        r = a.createRelationshipTo(b, type);
        r.setProperty("id", id);
        r.setProperty("createdAt", now);
        r.setProperty("fromId", from);
        r.setProperty("toId", to);
        for (Map.Entry<String, Object> p : props.entrySet()) r.setProperty(p.getKey(), p.getValue());
      } else if (!r.getStartNode().equals(a) || !r.getEndNode().equals(b)) {
        throw Input.bad("facts", "fact " + id + " exists between other entities than " + from + " and " + to);
      } else {
        CypherValues.setIfChanged(r, props);
      }
      // The weight after this batch, written once: a new relationship's starts at 0 (then + added); Cypher's
      // null + n is null, so an unset weight stays unset.
      Object before = created ? (Object) 0L : r.getProperty("weight", null);
      Object weight = added == 0 ? before : CypherValues.plus(before, added);
      if (weight == null) {
        if (added > 0) r.removeProperty("weight");
      } else if (created || added > 0) {
        r.setProperty("weight", weight);
      }
      Node f = findForMerge(FACT, id);
      if (f == null) {
        f = tx.createNode(FACT);
        f.setProperty("id", id);
        f.setProperty("type", type.name());
        f.setProperty("fromId", from);
        f.setProperty("toId", to);
        if (added == 0 || weight != null) f.setProperty("weight", added == 0 ? (Object) 0L : weight);
      } else if (added > 0) {
        if (weight == null) f.removeProperty("weight");
        else f.setProperty("weight", weight);
      }
      remember(FACT, id, f);
      if (added > 0) {
        String firstReported = (String) r.getProperty("firstReported", null);
        String lastReported = (String) r.getProperty("lastReported", null);
        if (first != null && (firstReported == null || first.compareTo(firstReported) < 0)) {
          r.setProperty("firstReported", first);
        }
        if (last != null && (lastReported == null || last.compareTo(lastReported) > 0)) {
          r.setProperty("lastReported", last);
        }
      }
      return created ? new Node[] {a, b} : null;
    }

    /** NEW_SUPPORTS: supports the graph does not hold, created without looking for them. */
    void newSupport(Map<String, Object> row) {
      Node art = find(ARTICLE, Input.string(row, "article"));
      Node f = find(FACT, Input.string(row, "fact"));
      if (art == null || f == null) return;
      Relationship s = art.createRelationshipTo(f, SUPPORTS);
      s.setProperty("date", Input.string(row, "date"));
      supportProperties(s, row);
    }

    /** KEPT_SUPPORTS: the sentence written again. */
    void keptSupport(Map<String, Object> row) {
      Node art = find(ARTICLE, Input.string(row, "article"));
      Node f = find(FACT, Input.string(row, "fact"));
      if (art == null || f == null) return;
      for (Relationship s : art.getRelationships(Direction.OUTGOING, SUPPORTS)) {
        if (s.getEndNode().equals(f)) supportProperties(s, row);
      }
    }

    private static void supportProperties(Relationship s, Map<String, Object> row) {
      s.setProperty("text", Input.string(row, "text"));
      s.setProperty("start", Input.integer(row, "start"));
      s.setProperty("end", Input.integer(row, "end"));
    }

    /**
     * NEW_NEIGHBOURS and COUNT_NEIGHBOURS: a pair whose relationships are all made now became neighbours; each end's
     * counter of the other's type, and its total, move once per entity.
     */
    void newNeighbours(List<Node[]> made) {
      Map<List<Node>, Integer> pairs = new LinkedHashMap<>();
      for (Node[] ends : made) {
        boolean ordered = ((String) ends[0].getProperty("id")).compareTo((String) ends[1].getProperty("id")) < 0;
        List<Node> key = ordered ? List.of(ends[0], ends[1]) : List.of(ends[1], ends[0]);
        pairs.merge(key, 1, Integer::sum);
      }
      Map<Node, Map<String, Long>> changes = new LinkedHashMap<>();
      for (Map.Entry<List<Node>, Integer> pair : pairs.entrySet()) {
        Node a = pair.getKey().get(0);
        Node b = pair.getKey().get(1);
        if (a.equals(b) || between(a, b) != pair.getValue()) continue;
        String aType = words.entityType(a);
        String bType = words.entityType(b);
        if (bType != null) changes.computeIfAbsent(a, k -> new HashMap<>()).merge(bType, 1L, Long::sum);
        if (aType != null) changes.computeIfAbsent(b, k -> new HashMap<>()).merge(aType, 1L, Long::sum);
      }
      for (Map.Entry<Node, Map<String, Long>> change : changes.entrySet()) {
        Node n = change.getKey();
        long total = 0;
        for (String type : words.entityTypes()) {
          long delta = change.getValue().getOrDefault(type, 0L);
          total += delta;
          String key = "neighbours" + type;
          n.setProperty(key, CypherValues.number(n.getProperty(key, 0L)) + delta);
        }
        n.setProperty("neighbours", CypherValues.number(n.getProperty("neighbours", 0L)) + total);
      }
    }

    /** Relationships of the entity types between a and b, either way, counted from the end with fewer. */
    private int between(Node a, Node b) {
      RelationshipType[] types = words.relationTypes();
      Node from = a.getDegree(Direction.BOTH) <= b.getDegree(Direction.BOTH) ? a : b;
      Node other = from.equals(a) ? b : a;
      int count = 0;
      for (Relationship r : from.getRelationships(Direction.BOTH, types)) {
        if (r.getOtherNode(from).equals(other)) count++;
      }
      return count;
    }

    private void zeroCounters(Node n) {
      n.setProperty("articleCount", 0L);
      for (String type : words.entityTypes()) n.setProperty("neighbours" + type, 0L);
      n.setProperty("neighbours", 0L);
    }
  }
}
