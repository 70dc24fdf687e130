"""What a fact check relays from viral posts, set aside before the text is read.

A fact check restates a claim in order to test it: 'Posts on X claim that "a car bomb in Aleppo
city killed 50 people today"'. The quoted words are the post's, not the checker's: their toll,
place and day are what the piece goes on to correct or refute. Read as the piece's own words,
they made a second, inflated copy of the act, or an act that never happened ("Al-Shabaab
fighters have stormed Aden Adde airport, 30 killed"). So does the footage under test, told as
what it seems to show ("A video of a series of blasts in a built-up area …", "Images taken on
Wednesday show a scorched car park"). Blanking them (with spaces, so every
offset holds) leaves what the checker established.
"""

from __future__ import annotations

import re

# the words of the register: a text must be a fact check before anything in it is set aside
# (not an analyst's "geolocated footage shows drones striking … bombers": what it verified)
_FACT_CHECK = re.compile(r"\bfact[\s-]?check|\bverdict\s*:|\b(?:claim|verified|misleading)\s*:|"
                         r"\breverse\s+image\s+search\b|\bour\s+(?:verdict|"
                         r"assessment)\b|\b(?:verified|geolocated)\s+by\s+(?:our|the)\s+team\b|"
                         r"\bpurport\w*\s+to\s+show\b", re.IGNORECASE)
_FACT_CHECK_KEYS = ("fact", "verdict", "claim:", "verified", "misleading:", "reverse image",
                    "our assessment", "purport")
# a quotation relayed as what posts say: 'claim that "…"', 'with the caption "…"'
_RELAYED = re.compile(r"\b(?:claim(?:s|ed|ing)?|say(?:s|ing)?|said|read(?:s|ing)?|alleg\w+|"
                      r"caption(?:ed|s)?|with\s+(?:the\s+)?(?:caption|text|words|title)|"
                      r"with\s+claims?|purport\w*\s+to\s+show|as)\b[^\"“'‘.\n]{0,40}?"
                      r"(?P<q>[\"“][^\"”\n]{3,300}[\"”]|(?<!\w)['‘][^'’\n]{3,300}['’](?!\w))",
                      re.IGNORECASE)
# …when the sentence's speaker is a post, a clip or the people sharing it (an official quoted in
# a fact check speaks for the facts: 'Police said "37 people were killed"')
_SHARED = re.compile(r"\b(?:posts?|videos?|clips?|messages?|tweets?|users?|accounts?|channels?|"
                     r"viral|shared|forwarded|circulat\w+|social\s+media|Facebook|TikTok|"
                     r"WhatsApp|Telegram|X)\b")
# "Claim: CCTV footage shows an explosion at Brussels Airport this weekend.": the claim's line
_CLAIM_LINE = re.compile(r"\b(?:Claim|CLAIM)\s*:\s*(?P<q>[^\n]*?[.!?])(?=\s|$)")
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
# "A video of a series of blasts in a built-up area, ending with …, has been shared": what the
# footage under test shows, told before the piece says what it really is
_FOOTAGE_OF = re.compile(r"\b(?:[Vv]ideo|[Cc]lip|[Ff]ootage|[Pp]hoto|[Pp]hotograph|[Ii]mage|"
                         r"[Pp]icture)s?\s+(?:of|showing)\s+(?P<q>[^,.;\n]{3,150})|"
                         # ("Video shows Taiwan's live-fire drill, not a Chinese missile strike
                         # on Kinmen": what it is not)
                         r",\s+not\s+(?P<n>(?:an?|the)\s+[^,.;\n]{3,100})|"
                         r"\b(?:[Vv]ideos?|[Cc]lips?|[Ff]ootage|[Pp]hotos?|[Ii]mages?|[Pp]ictures?)\b(?!\s+search)[^.;\n]{0,120}?\bshows?\s+"
                         r"(?P<s>[^,.;\n]{3,150})")


def without_relayed_claims(text: str) -> str:
    """``text`` with the claims it relays from posts blanked out, when it is a fact check."""
    low = text.lower()
    if not any(k in low for k in _FACT_CHECK_KEYS) or not _FACT_CHECK.search(text):
        return text  # (substring tests first: most texts are no fact check)
    spans = [m.span("q") for m in _CLAIM_LINE.finditer(text)]
    spans += [m.span(next(g for g in ("q", "n", "s") if m[g])) for m in _FOOTAGE_OF.finditer(text)]
    for m in _RELAYED.finditer(text):
        head = _SENTENCE_START.search(text, 0, m.start())
        sentence = text[head.start() + 1 if head else 0:m.start("q")]
        if _SHARED.search(sentence):
            spans.append(m.span("q"))
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
