"""Searching personal data without putting it in a URL.

The modeladmin search box sends `?q=someone@example.org`: the address would sit in the
browser's history, the server's access log and any proxy's. Here the box posts, the term is
kept in the staff member's session (per model), and the list's URL only says `searched=1`.
Filters, ordering, pagination and the export keep that marker, so they keep the search."""

from django.http import HttpResponseRedirect

SEARCHED_VAR = "searched"
MAX_TERM_LENGTH = 200
# Session keys holding a search term ("forget me" clears those holding the person's address).
SESSION_PREFIX = "private-search:"


class PrivateSearchMixin:
    template_name = "campaigns/admin/personal_data_index.html"

    def get_template_names(self):
        return [self.template_name]

    @property
    def session_key(self):
        return f"{SESSION_PREFIX}{self.model._meta.label_lower}"

    # IndexView.dispatch refuses whoever may not see the list, then hands over to these.
    def post(self, request, *args, **kwargs):
        return self.remember_search(request, request.POST.get(self.SEARCH_VAR, ""))

    def get(self, request, *args, **kwargs):
        if self.SEARCH_VAR in request.GET:  # an old link or a hand-typed URL: move it out
            return self.remember_search(request, request.GET[self.SEARCH_VAR])
        return super().get(request, *args, **kwargs)

    def remember_search(self, request, term):
        term = term.strip()[:MAX_TERM_LENGTH]
        source = request.POST if request.method == "POST" else request.GET
        params = source.copy()
        for name in (self.SEARCH_VAR, "csrfmiddlewaretoken", SEARCHED_VAR, self.PAGE_VAR):
            params.pop(name, None)
        if term:
            request.session[self.session_key] = term
            params[SEARCHED_VAR] = "1"
        else:
            request.session.pop(self.session_key, None)
        query = params.urlencode()
        return HttpResponseRedirect(self.index_url + (f"?{query}" if query else ""), status=303)

    def get_queryset(self, request=None):
        request = request or self.request
        if request.method == "POST" or self.SEARCH_VAR in request.GET:
            # IndexView.dispatch asks for the list before it exports: a search arriving
            # now (posted, or an old link's ?q=) is remembered by post() or get() first.
            self.export = None
        searched = request.GET.get(SEARCHED_VAR)
        self.query = request.session.get(self.session_key, "") if searched else ""
        return super().get_queryset(request)

    def get_filters_params(self, params=None):
        lookup_params = super().get_filters_params(params)
        lookup_params.pop(SEARCHED_VAR, None)
        return lookup_params
