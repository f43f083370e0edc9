"""The citation index: every document code a reader sees, with its type word, date and subject.

``analysis.citations`` holds the codes found in the body, tables, footnotes, endnotes, text
boxes, appendix notes, the header block and page headers, computed once per document. A
citation keeps the code as written (``raw``) and normalised
(``code``: separators of its system, no spaces, type code in its exact case), so that
"79 - NQ/TW" is known as a malformed citation of 79-NQ/TW and "06-CTR/TU" as 06-CTr/TU.
``issues`` names what is malformed ("spaces", "party-as-state", "state-as-party",
"qh-term", "no-number", "blank-number").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

import msgspec

from validator import recache
from validator.analysis import codes as C
from validator.analysis.dates import make_date
from validator.analysis.frame import Frame
from validator.model import Document, Paragraph
from validator.vocabulary import Vocabulary


def _type_word_re(vocab: Vocabulary) -> re.Pattern[str]:
    """The capitalised type words of the vocabulary standing before a code ("Kết luận số")."""
    return recache.compile(
        r"(?<!\w)(?P<word>"
        + "|".join(re.escape(w[0].upper() + w[1:]) for w in vocab.type_words)
        + r")(?P<qual>(?:\s+\((?:tạm thời|dự thảo)\))?(?:\s+(?:liên tịch|hành động|kết luận))?)"
        r"\s*(?:số\s*:?\s*)?$"
    )
_DATE_AFTER = recache.compile(
    r"^\s*[,;]?\s*(?:ban hành\s+|được ban hành\s+|đề\s+)?(?:ngày\s+)?(?:"
    r"(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4})"
    r"|(?P<ld>\d{1,2})\s+tháng\s+(?P<lm>\d{1,2})\s+năm\s+(?P<ly>\d{4}))",
    re.IGNORECASE,
)
_NOTE_RE = recache.compile(r"^\s*\(?\s*(?:ban hành\s+)?(?:kèm theo|theo)\b", re.IGNORECASE)


class Citation(msgspec.Struct, frozen=True):
    type_word: str | None
    code: str
    raw: str
    system: str  # "party" | "state" | "qppl" | "qh" | "cv"
    number: str | None
    type_code: str | None
    issuer: str
    year: int | None
    date: dt.date | None
    date_text: str | None
    date_form: str | None  # "numeric" | "long"
    paragraph: Paragraph
    offset: int
    length: int
    date_offset: int | None
    date_length: int | None
    subject: str
    where: str  # "body" | "footnote" | "table" | "appendix-note" | "header"
    issues: tuple[str, ...] = ()
    type_word_offset: int | None = None
    raw_type: str | None = None  # the type code as written ("CTR" for 06-CTR/TU)

    @property
    def key(self) -> tuple[object, ...]:
        """Identity of the cited document: number as a value, codes ignoring case."""
        num = int(self.number) if self.number else None
        return (self.system if self.system != "cv" else "state", num,
                (self.type_code or "").upper(), self.issuer.upper(), self.year)

    @property
    def location(self):  # noqa: ANN201 - Location
        return self.paragraph.at(self.offset, self.length)

    @property
    def date_location(self):  # noqa: ANN201
        if self.date_offset is None:
            return self.location
        return self.paragraph.at(self.date_offset, self.date_length or 0)


def compute_citations(doc: Document, frame: Frame, vocab: Vocabulary) -> list[Citation]:
    """Every code in the document, in reading order."""
    header_end = frame.body_start if frame.body_start is not None else (
        frame.type_name.index if frame.type_name else 0)
    out: list[Citation] = []
    for p in doc.all_paragraphs():
        if p.part == "footer" or not p.text or "/" not in p.match:  # every code holds a "/"
            continue
        out.extend(scan(p, vocab, _where(p, header_end)))
    return out


def _where(p: Paragraph, header_end: int) -> str:
    if p.part in ("footnote", "endnote"):
        return "footnote"
    if p.part == "header":
        return "header"
    if p.part == "body" and p.index < header_end:
        return "header"
    if (p.section or "").startswith("PL") and p.table is None and _NOTE_RE.match(p.match):
        return "appendix-note"
    if p.table is not None:
        return "table"
    return "body"


def scan(p: Paragraph, vocab: Vocabulary, where: str = "body") -> list[Citation]:
    """The citations of one paragraph, read with ``vocab``."""
    text = p.match
    if "/" not in text:  # every code form holds a "/"
        return []
    hits: list[tuple[str, re.Match[str]]] = []  # disjoint, kept in order of position
    starts: list[int] = []
    for kind, rx in (("qh", C.QH_RE), ("qppl", C.QPPL_RE), ("party", C.PARTY_RE),
                     ("state", C.STATE_RE)):
        if kind == "qh" and "QH" not in text:
            continue  # QH_RE's type is "QH" or "UBTVQH"
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            i = bisect.bisect_right(starts, s)  # only the neighbours can overlap
            if (i and hits[i - 1][1].end() > s) or (i < len(hits) and starts[i] < e):
                continue
            hits.insert(i, (kind, m))
            starts.insert(i, s)
    found: list[Citation] = []
    for i, (kind, m) in enumerate(hits):
        limit = hits[i + 1][1].start() if i + 1 < len(hits) else len(text)
        c = _build(kind, m, p, where, limit, vocab)
        if c is not None:
            found.append(c)
    return found


def _blank_before(text: str, start: int) -> bool:
    """A placeholder left for the number: "Số:   /BC-UBND", "số …-BC/TU"."""
    before = text[max(0, start - 12):start]
    return bool(re.search(r"(?:Số|số)\s*:?\s*[ ._…]*$", before))


def _build(kind: str, m: re.Match[str], p: Paragraph, where: str,
           limit: int, vocab: Vocabulary) -> Citation | None:
    text = p.match
    raw = p.text[m.start():m.end()]
    start = m.start()
    issues: list[str] = []
    num = m.group("num")
    year: int | None = None
    if kind == "qh":
        issuer, year = f'{m["type"]}{m["term"]}', int(m["year"])
        if m["sep"]:
            issues.append("qh-term")
        code = f"{num}/{year}/{issuer}"
        system, type_code = "qh", None
    elif kind == "qppl":
        year, type_code, issuer = int(m["year"]), m["type"], m["issuer"]
        if re.search(r"\s", raw):
            issues.append("spaces")
        code = f"{num}/{year}/{type_code}-{issuer}"
        system = "qppl"
    else:
        type_code, issuer = m["type"], m["issuer"]
        if not num:
            # only a blank placeholder or a type word before it makes a code without number
            if not (_blank_before(text, m.start()) or _type_word(text, m.start(), vocab)):
                return None
            gap = text[max(0, m.start() - 3):m.start()] + m["s1"]
            blank = len(m["s1"]) >= 2 or re.search(r"[._…]|\s{2,}", gap)
            issues.append("blank-number" if blank else "no-number")
            lead = len(m["s1"]) if blank else 0
            if lead:  # the citation starts at the separator, after the placeholder
                raw = raw[lead:]
                start = m.start() + lead
        elif any(m[g] for g in ("s1", "s2", "s3", "s4")):
            issues.append("spaces")
        first = issuer.split("-")[0]
        if kind == "party":
            system = "party"
            if first in vocab.state_only_issuers:
                system = "state"
                issues.append("state-as-party")
        else:
            system = "state"
            if first in vocab.party_only_issuers:
                system = "party"
                issues.append("party-as-state")
            elif vocab.canonical_type(type_code, "state") is None and not (
                    vocab.canonical_type(type_code, "party") and vocab.is_party_issuer(issuer)):
                system = "cv"
        if system == "cv":
            issuer = f"{type_code}-{issuer}"
            type_code = None
            code = f"{num or ''}/{issuer}"
        else:
            canon = vocab.canonical_type(type_code, system) or type_code
            type_code = canon
            code = (f"{num or ''}-{canon}/{issuer}" if system == "party"
                    else f"{num or ''}/{canon}-{issuer}")
    tw = _type_word(text, m.start(), vocab)
    type_word = tw[0] if tw else None
    d_off = d_len = None
    date = None
    date_text = date_form = None
    after = text[m.end():]
    dm = _DATE_AFTER.match(after)
    if dm and not re.match(r"^\s*[,;]?\s*(?:từ|đến|trước|sau)\b", after, re.IGNORECASE):
        if dm["d"]:
            d, mo, y = int(dm["d"]), int(dm["m"]), int(dm["y"])
            date_form = "numeric"
            ds = m.end() + dm.start("d")
        else:
            d, mo, y = int(dm["ld"]), int(dm["lm"]), int(dm["ly"])
            date_form = "long"
            ds = m.end() + after.lower().rfind("ngày", 0, dm.start("ld"))
            if ds < m.end():
                ds = m.end() + dm.start("ld")
        de = m.end() + dm.end()
        d_off, d_len = ds, de - ds
        date_text = p.text[ds:de]
        date = make_date(y, mo, d)
        rest_start = de
    else:
        rest_start = m.end()
    subject = _subject(p.text[rest_start:max(rest_start, limit)])
    return Citation(
        type_word=type_word, code=code, raw=raw, system=system, number=num,
        type_code=type_code, issuer=issuer, year=year, date=date, date_text=date_text,
        date_form=date_form, paragraph=p, offset=start, length=m.end() - start,
        date_offset=d_off, date_length=d_len, subject=subject, where=where,
        issues=tuple(issues), type_word_offset=tw[1] if tw else None,
        raw_type=None if kind == "qh" or system == "cv" else m["type"],
    )


def _type_word(text: str, start: int, vocab: Vocabulary) -> tuple[str, int] | None:
    """The capitalised type word standing right before the code ("Kết luận số")."""
    before = text[max(0, start - 60):start]
    m = _type_word_re(vocab).search(before)
    if not m:
        return None
    return m["word"], start - len(before) + m.start("word")


def _subject(rest: str) -> str:
    """What follows the code and date up to ";" or a full stop: "về …", "của …"."""
    cut = re.split(r";|\.(?:\s|$)|\n", rest, maxsplit=1)[0]
    return cut.strip(" ,)").strip()


def subject_core(subject: str) -> str:
    """The "về …" part of a subject without "việc", for comparing two citations: only when
    "về" opens the subject or follows "của <issuer>" (else "" - nothing to compare)."""
    s = subject.lower()
    i = s.find("về ")
    if i < 0 or (i > 0 and not s.startswith("của ")) or ":" in s[:i] or "“" in s[:i]:
        return ""
    before = s[:i].split()
    if len(before) > 8 or any(w in before for w in ("quy", "để", "theo", "hành")):
        return ""
    s = s[i + 3:]
    s = re.sub(r"^(?:việc|vấn đề)\s+", "", s)
    return " ".join(re.findall(r"\w+", s))


__all__ = ["Citation", "compute_citations", "scan", "subject_core"]
