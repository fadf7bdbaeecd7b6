"""Qt item models over the services (``partapp.models`` is the database, these are for views)."""
