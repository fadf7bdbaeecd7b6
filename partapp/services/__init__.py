"""Everything the app does, without Qt. Functions take a Session first and never commit."""
