"""Direct quotes and their speakers: 'Ms X said: "…"', '"…," said Mr Y.', '"…," he added.'

A quote inherits the speaker of the quote right before it when nobody else is named (a quote running
over several sentences or paragraphs). Inside a quote, "I" and "we" are the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph.extract.holders import Context, resolve, subject_of
from graph.extract.lexicon import VERB_CUES

_OPEN = frozenset({"“", '"', "``"})
_CLOSE = frozenset({"”", '"', "''"})
_SPEECH = frozenset(lemma for lemma, cue in VERB_CUES.items() if cue.report) | {
    "tell", "ask", "write", "respond", "retort", "counter", "comment", "conclude", "continue", "reply",
}


def quote_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) between matching quotation marks (the marks excluded)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for tok in doc:
        text = tok.text
        if start is None and (text in _OPEN or text == "“"):
            if not _stray_close(tok):
                start = tok.i + 1
        elif start is not None and (text in _CLOSE or text == "”"):
            if tok.i > start:
                spans.append((start, tok.i))
            start = None
        elif start is not None and "\n\n" in tok.whitespace_ + tok.text and text not in _CLOSE:
            # an unclosed quote ends at its paragraph (news style reopens it in the next one)
            spans.append((start, tok.i + 1))
            start = None
    if start is not None:
        spans.append((start, len(doc)))
    return spans


def continuation_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quote paragraphs the paired-mark reading leaves outside: '"A. "B. "C."' (news joins paragraphs and
    reopens the quote without closing it) has A and C paired and B outside; B is returned here."""
    starts = {start for start, _ in spans}
    out = []
    for _, end in spans:
        if end >= len(doc) or end + 1 in starts or not _reopens(doc[end]):
            continue
        stop = next((t.i for t in doc[end + 1 :] if t.text in _OPEN | _CLOSE | {"“", "”"}
                     or "\n" in t.whitespace_), len(doc))
        if stop > end + 1:
            out.append((end + 1, stop))
    return out


def _reopens(mark: Token) -> bool:
    """A straight quote after the end of a sentence, glued to the next word: it opens, it does not close."""
    if mark.text != '"' or mark.i == 0 or mark.i + 1 >= len(mark.doc) or mark.whitespace_:
        return False
    prev, after = mark.doc[mark.i - 1], mark.doc[mark.i + 1]
    return bool(prev.whitespace_) and prev.text in {".", "?", "!"} and not after.is_punct


def _stray_close(mark: Token) -> bool:
    """A straight quote glued to the word before it ('for terrorists".') closes a quote: never open on it."""
    if mark.text != '"' or mark.i == 0:
        return False
    prev = mark.doc[mark.i - 1]
    return not prev.whitespace_ and prev.text not in {"(", "[", "-", "—", "'"} and not prev.is_space


def _introduces(verb: Token) -> bool:
    """'X hit back: "…"': any verb (with its particle) right before a colon introduces the quote."""
    nxt = verb.i + 1
    if nxt < len(verb.doc) and (verb.doc[nxt].dep_ == "prt" or verb.doc[nxt].lower_ in {"back", "out"}):
        nxt += 1
    return nxt < len(verb.doc) and verb.doc[nxt].text == ":"


def _frames(verb: Token, span: tuple[int, int]) -> bool:
    """'X accused the council of "wasting our money"': a cue verb whose phrase holds the quote."""
    inside = verb.left_edge.i <= span[0] and span[1] - 1 <= verb.right_edge.i
    return inside and verb.lemma_.lower() in VERB_CUES


def _speaker_in(sent: Span, span: tuple[int, int], ctx: Context) -> str | None:
    """The one actor who says something in `sent` outside the quote."""
    for tok in sent:
        if span[0] <= tok.i < span[1] or tok.pos_ != "VERB":
            continue
        if tok.lemma_.lower() not in _SPEECH and not _introduces(tok) and not _frames(tok, span):
            continue
        subj = subject_of(tok)
        if subj is None or span[0] <= subj.i < span[1]:
            continue
        holders = resolve(subj, ctx)
        if len(holders) == 1:
            return holders[0]
    return None


def _names_other(sent: Span, span: tuple[int, int], ctx: Context) -> bool:
    """A speaker outside the quote who is a named actor yet holds no stance (a journalist: "Mr X, political
    editor of the Y, said: …"): the quote is not the previous speaker's."""
    for tok in sent:
        if span[0] <= tok.i < span[1] or tok.pos_ != "VERB" or tok.lemma_.lower() not in _SPEECH:
            continue
        subj = subject_of(tok)
        if subj is not None and not span[0] <= subj.i < span[1] and ctx.index.actor_at(subj.i):
            return True
    return False


def attribute_quotes(sent: Span, ctx: Context) -> None:
    """Give every quote touching this sentence its speaker, before the sentence is read.

    A paragraph continuing a quote ('"A. "B.') gets the speaker of A for its "I" and "we" only: read as
    a whole, such paragraphs gave more wrong positions than right ones.
    """
    if ctx.continued is None:
        ctx.continued = continuation_spans(ctx.doc, ctx.quotes)
    for start, end in ctx.continued:
        before = ctx.quote_speaker.get(start - 2) or ctx.voices.get(start - 2)
        if start < sent.end and end > sent.start and before and start not in ctx.voices:
            ctx.voices.update(dict.fromkeys(range(start, end), before))
    for span in ctx.quotes:
        if span[1] <= sent.start or span[0] >= sent.end or span[0] in ctx.quote_speaker:
            continue
        speaker = _speaker_in(sent, span, ctx)
        closing = ctx.doc[span[1]].sent if span[1] > sent.end and span[1] < len(ctx.doc) else sent
        if speaker is None and closing is not sent:
            speaker = _speaker_after(span, ctx)  # '"A. B," he said.': named after the quote's last sentence
        if speaker is None and (_names_other(sent, span, ctx) or _names_other(closing, span, ctx)):
            continue  # its speaker is someone the rules cannot resolve, not the previous speaker
        if speaker is None:
            speaker = _previous_speaker(span, ctx)
        if speaker is None:
            voice = _reporter_before(span, ctx)  # 'X said the plan was flawed. "We will …"'
            if voice is not None:
                ctx.voices.update(dict.fromkeys(range(span[0], span[1]), voice))
            continue
        for i in range(span[0], span[1]):
            ctx.quote_speaker[i] = speaker


def _speaker_after(span: tuple[int, int], ctx: Context) -> str | None:
    """The speaker named in the sentence that closes a quote of several sentences ('…," he said.')."""
    if span[1] >= len(ctx.doc) or ctx.doc[span[1]].text not in _CLOSE:
        return None  # a quote left open at its paragraph's end names nobody after it
    if ctx.doc[span[1] - 1].text != ",":
        return None  # '…refused." The ministry said …': a quote ending its sentence names nobody after
    closing = ctx.doc[span[1]].sent
    return _speaker_in(closing, span, ctx)


def _previous_speaker(span: tuple[int, int], ctx: Context) -> str | None:
    """The speaker of the quote just before, when the gap between them is short (one sentence or less)."""
    before = [s for s in ctx.quotes if s[1] <= span[0] and s[0] in ctx.quote_speaker]
    if not before:
        return None
    last = before[-1]
    gap = ctx.doc[last[1] : span[0]]
    if len(gap) > 25:
        return None
    speaker = ctx.quote_speaker[last[0]]
    other = _reporter_before(span, ctx)
    return None if other and other != speaker else speaker  # "… Mr Y acknowledged X. "…": Mr Y's


def _reporter_before(span: tuple[int, int], ctx: Context) -> str | None:
    """The one who spoke in the sentence just before a quote that opens a sentence of its own."""
    opening = span[0] - 1
    if opening < 1 or ctx.doc[opening].sent.start != opening:
        return None
    before = ctx.doc[opening - 1].sent
    return _speaker_in(before, (before.end, before.end), ctx)
