package guanxi.neo4j;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.NodeValueIndexCursor;
import org.neo4j.internal.kernel.api.PropertyIndexQuery;
import org.neo4j.internal.kernel.api.RelationshipValueIndexCursor;
import org.neo4j.internal.kernel.api.TokenRead;
import org.neo4j.internal.schema.IndexDescriptor;
import org.neo4j.internal.schema.SchemaDescriptor;
import org.neo4j.internal.schema.SchemaDescriptors;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.token.api.TokenConstants;

/**
 * Finds a node or relationship by its uniquely constrained {@code id} the way Cypher's MERGE does: the index entry is
 * locked (shared when found, exclusive when not), so a concurrent transaction writing the same id waits for this one
 * instead of failing on the constraint at its commit. Without a uniqueness constraint it is a plain look-up.
 */
final class UniqueSeek {
  private static final int NO_SUCH_ENTITY = -1;

  private final Transaction tx;
  private final KernelTransaction ktx;
  private final Map<String, IndexDescriptor> indexes = new HashMap<>();

  UniqueSeek(Transaction tx) {
    this.tx = tx;
    this.ktx = ((InternalTransaction) tx).kernelTransaction();
  }

  @SuppressWarnings("deprecation")
  Node node(Label label, String id) {
    IndexDescriptor index = index(label.name(), true);
    if (index == null) return tx.findNode(label, "id", id);
    try (NodeValueIndexCursor cursor =
        ktx.cursors().allocateNodeValueIndexCursor(ktx.cursorContext(), ktx.memoryTracker())) {
      long node = ktx.dataRead().lockingNodeUniqueIndexSeek(index, cursor, exact(index, id));
      return node == NO_SUCH_ENTITY ? null : tx.getNodeById(node);
    } catch (KernelException e) {
      throw new IllegalStateException(WriteBatch.NAME + ": looking up " + label.name() + " " + id, e);
    }
  }

  @SuppressWarnings("deprecation")
  Relationship relationship(RelationshipType type, String id) {
    IndexDescriptor index = index(type.name(), false);
    if (index == null) return tx.findRelationship(type, "id", id);
    try (RelationshipValueIndexCursor cursor =
        ktx.cursors().allocateRelationshipValueIndexCursor(ktx.cursorContext(), ktx.memoryTracker())) {
      long relationship = ktx.dataRead().lockingRelationshipUniqueIndexSeek(index, cursor, exact(index, id));
      return relationship == NO_SUCH_ENTITY ? null : tx.getRelationshipById(relationship);
    } catch (KernelException e) {
      throw new IllegalStateException(WriteBatch.NAME + ": looking up " + type.name() + " " + id, e);
    }
  }

  private static PropertyIndexQuery.ExactPredicate exact(IndexDescriptor index, String id) {
    return PropertyIndexQuery.exact(index.schema().getPropertyId(), id);
  }

  /** The unique index on {@code id} of a label (or relationship type), null when there is none. */
  private IndexDescriptor index(String token, boolean node) {
    String key = (node ? "n:" : "r:") + token;
    if (indexes.containsKey(key)) return indexes.get(key);
    TokenRead tokens = ktx.tokenRead();
    int tokenId = node ? tokens.nodeLabel(token) : tokens.relationshipType(token);
    int property = tokens.propertyKey("id");
    IndexDescriptor found = null;
    if (tokenId != TokenConstants.NO_TOKEN && property != TokenConstants.NO_TOKEN) {
      SchemaDescriptor schema =
          node ? SchemaDescriptors.forLabel(tokenId, property) : SchemaDescriptors.forRelType(tokenId, property);
      for (Iterator<IndexDescriptor> it = ktx.schemaRead().index(schema); it.hasNext(); ) {
        IndexDescriptor index = it.next();
        if (index.isUnique()) found = index;
      }
    }
    indexes.put(key, found);
    return found;
  }
}
