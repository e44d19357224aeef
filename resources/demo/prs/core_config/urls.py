"""The demo project serves no views; it exists for its migrations."""
urlpatterns = []
