"""Metric functions, each a pure function of prediction and gold."""
