"""Exports derived from the JSON export dict: CSV tables, FollowTheMoney entities, TimelineJS."""
