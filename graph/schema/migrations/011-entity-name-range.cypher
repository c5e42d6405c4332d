// One-character search reads the names that start with the character from this index, in index order, and
// stops after the page: no full-text prefix query over every bigram that starts with it.
CREATE RANGE INDEX entity_name_range IF NOT EXISTS FOR (n:Entity) ON (n.name);
