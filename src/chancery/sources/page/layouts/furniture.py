"""Page furniture: lines a web page prints around any document (navigation, skip links, update stamps).

One table for every profile: a line that matches is the site's, never the document's. Profiles add
their own labelled chrome; this is what all sites share.
"""

from __future__ import annotations

import re

FURNITURE = re.compile(
    r"(?i)^(?:"
    r"skip to (?:main )?content|back to top|top of page|print(?: this page)?|"
    r"share(?: this)?(?: page| document)?|e-?mail this page|download(?: the)? pdf|last updated:?.*|"
    r"page last updated.*|published on .*\(https?://.*\)|"
    r"auf deutsch\.?|in english\.?|en fran[çc]ais\.?|по-русски\.?|"
    r"(?=.*\bprevious\b)(?=.*\bnext\b)(?=.*(?:\||\bdocument\b|\bpage\b)).{0,200}|"
    r"(?:home|search)\s*(?:[>›»|]\s*\w[\w ]*){1,6}"
    r")\s*$"
)


def is_furniture(line: str) -> bool:
    return bool(FURNITURE.match(line.strip()))
