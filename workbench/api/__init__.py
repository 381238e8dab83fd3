"""The REST API (Django REST framework); views are thin and call services and selectors."""
