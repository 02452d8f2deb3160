"""The Processing provider ``aptcropland`` and its algorithms."""
