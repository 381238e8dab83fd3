"""API tokens: one per user, replaced when it expired, deleted when the password changes."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token

from workbench.auth import token_expired


def token_for(user) -> Token:
    """The user's token, a new one if the old one expired (an expired token is never handed out)."""
    token, created = Token.objects.get_or_create(user=user)
    if not created and token_expired(token):
        token.delete()
        token = Token.objects.create(user=user)
    return token


def revoke_token_on_password_change(sender, instance, update_fields=None, **kwargs) -> None:
    """pre_save of the user: a token obtained with the old password must not outlive it.

    Covers every path that saves a new password (change and reset pages, admin, ``changepassword``).
    """
    if instance._state.adding or (update_fields is not None and "password" not in update_fields):
        return
    old = get_user_model().objects.filter(pk=instance.pk).values_list("password", flat=True).first()
    if old is not None and old != instance.password:
        Token.objects.filter(user_id=instance.pk).delete()
