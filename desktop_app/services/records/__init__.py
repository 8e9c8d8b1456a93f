"""Record use cases: measures, ventures, assessments, lineage, matrix, synonyms, browsing."""
