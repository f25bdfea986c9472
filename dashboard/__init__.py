"""法治对标 dashboard: queries, chart builders, filters, exports and text highlighting."""
