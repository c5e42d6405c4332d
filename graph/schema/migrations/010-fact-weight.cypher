// A fact node keeps a copy of its relationship's weight (the loader writes both in the same statement): the
// strongest relationships among a set of entities are then found from the facts, and only those shown are read.
MATCH ()-[r:HOLDS_POSITION|LOCATED_IN|PART_OF|MEMBER_OF|PARTICIPATED_IN|HELD_AT|FOUNDED_AT|PARTNERS_WITH|FOCUSES_ON]->()
CALL (r) {
  MATCH (f:Fact {id: r.id})
  WHERE f.weight IS NULL OR f.weight <> r.weight
  SET f.weight = r.weight
} IN TRANSACTIONS OF 10000 ROWS;
