// An entity's distinct neighbours of all types together, kept by the loader beside the per-type counters:
// a path search checks one property at every node it visits instead of adding up five.
MATCH (n:Entity)
CALL (n) {
  SET n.neighbours = coalesce(n.neighboursPerson, 0) + coalesce(n.neighboursOrganization, 0)
    + coalesce(n.neighboursPlace, 0) + coalesce(n.neighboursEvent, 0) + coalesce(n.neighboursTopic, 0)
} IN TRANSACTIONS OF 10000 ROWS;
