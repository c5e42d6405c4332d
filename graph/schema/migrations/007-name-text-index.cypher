// Search by a part of a name (one character, or a substring the full-text bigrams miss) is a text-index
// lookup (trigrams), not a scan of every entity.
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
