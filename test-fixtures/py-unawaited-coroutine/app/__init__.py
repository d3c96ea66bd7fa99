"""A small aiohttp service whose handlers call into the database module."""
