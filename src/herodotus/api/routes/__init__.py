"""API routers: events, entities/quotes/articles, extraction, and the dashboard."""
