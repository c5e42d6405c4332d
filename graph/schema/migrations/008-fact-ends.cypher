// Relationships among a set of entities that includes hubs: a fact's two ends in one index, so a hub's
// relationships to the set are one seek per member instead of an expansion of all of them.
CREATE RANGE INDEX fact_ends IF NOT EXISTS FOR (f:Fact) ON (f.fromId, f.toId);
