"""Data of corroborate.extract.event_types: ACLED type table, trigger lexicon, model."""
