"""What of a block reaches the search index: the words people read, not its settings."""


class SearchTextOnly:
    """For a StructBlock: leave the children named in `not_searched` (layout choices, anchors,
    durations) out of the search index, so a search for "section" or "primary" finds nothing
    and result passages read as text."""

    not_searched = ()

    def get_searchable_content(self, value):
        content = []
        for name, block in self.child_blocks.items():
            if name not in self.not_searched:
                content.extend(block.get_searchable_content(value.get(name)))
        return content
