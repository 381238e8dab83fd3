"""Server-rendered pages (review page, project pages, dashboards)."""
