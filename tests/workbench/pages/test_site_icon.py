from django.test import Client


def test_favicon_answers_for_anyone(db):
    res = Client().get("/favicon.ico")
    assert res.status_code == 200
    assert res["Content-Type"] == "image/svg+xml"
    assert res.content.startswith(b"<svg")
