"""`{% load numbers %}`: home.numbers as filters, in the active (the page's) language.

{{ total|number }}  {{ share|percent }}  {{ stat.number|figure }}  {{ post.date|day }}
"""

from django import template

from home import numbers

register = template.Library()


@register.filter
def number(value):
    return numbers.number(value)


@register.filter
def percent(value):
    return numbers.percent(value)


@register.filter
def figure(value):
    return numbers.figure(value)


@register.filter
def day(value):
    return numbers.day(value) if value else ""
