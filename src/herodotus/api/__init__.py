"""The REST API and dashboard over the store: ``create_app(db_path)`` returns a FastAPI app."""
