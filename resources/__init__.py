"""Data files: fonts, badge layouts, demo data, translations (not code)."""
