"""`{% load language_names %}` then `{{ code_or_name|language_in_text }}` ("en inglés")."""

from django import template

from home.language_names import language_in_text as name_in_text

register = template.Library()


@register.filter
def language_in_text(value):
    return name_in_text(value)
