"""What kind of correction an edit is, and whether a program could check it.

The rules are tried in the order of :data:`RULES`; the first that matches decides. Each is a
small function of the edit, so that a reader can see why an edit landed where it did
(``python -m bench.pairs --list CATEGORY`` prints them with the detail).

Categories (``CHECKABLE`` says which a program could check on the draft alone):

- ``fill-in``: a blank of the draft filled at signature ("ngày    tháng" -> "ngày 05 tháng"),
  the width of a blank changed, or the "DỰ THẢO" mark removed. Expected, not a correction;
- ``numbering``: a list or heading label ("1." -> "1" in a table's STT column, "f)" -> "g)",
  "Điều 17" -> "Điều 18"), typed or automatic;
- ``capitalisation``: the same letters, in another case ("hội" -> "Hội");
- ``tone-placement``: the same letters and tone, the mark on another vowel ("hoá" -> "hóa");
- ``spacing``: only white space differs (doubled spaces, a space before punctuation, a tab);
- ``dash``: only the kind of dash differs, or spaces around it ("2024 – 2029" -> "2024 - 2029");
- ``punctuation``: the words are the same, marks differ;
- ``abbreviation``: an abbreviation spelled out, or a phrase abbreviated ("UBND" ->
  "Ủy ban nhân dân");
- ``usage``: a listed usage normalisation ("hàng năm" -> "hằng năm", "đảm bảo" -> "bảo đảm",
  "15’" -> "15 phút");
- ``date``: a date written in another form ("25/11/2019" -> "ngày 25 tháng 11 năm 2019") or
  added where a cited document had none (detail ``grounds`` in a "Căn cứ …" paragraph);
- ``document-number``: a document's number or code, or the type name before "số"
  ("Văn bản số" -> "Công văn số");
- ``citation``: the issuer of a cited document added ("… ngày … của Chính phủ");
- ``spelling``: one word changed by a letter or a mark ("Hiêp" -> "Hiệp"), or a doubled word;
- ``figure``: a number or a date's value changed (content, not checkable on the draft);
- ``formatting``: page setup, header-block and body formatting (from
  :mod:`bench.drafts.formatting`; checkable where the draft's value is outside the range the
  regulations prescribe);
- ``wording``: everything else: content rewritten, paragraphs added or removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bench.drafts.align import Edit

CATEGORIES = (
    "capitalisation", "spelling", "tone-placement", "spacing", "dash", "punctuation", "usage",
    "abbreviation", "date", "document-number", "citation", "numbering", "formatting", "figure",
    "fill-in", "wording",
)
CHECKABLE = frozenset(CATEGORIES) - {"figure", "fill-in", "wording"}


@dataclass(frozen=True)
class Verdict:
    category: str
    detail: str = ""
    checkable: bool | None = None  # None: the category's default (CHECKABLE)

    @property
    def is_checkable(self) -> bool:
        return self.category in CHECKABLE if self.checkable is None else self.checkable


# -- units: spans that an edit is widened to ------------------------------------------------

_D = r"[.…_\s]"  # what a blank is made of
DATE_RES = (
    re.compile(r"(?:ngày\s+)?\b\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}\b"),
    re.compile(r"\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b"),
    re.compile(r"\btháng\s+\d{1,2}\s+năm\s+\d{4}\b"),
    re.compile(rf"\bngày{_D}*(?:\d{{1,2}}{_D}*)?tháng{_D}*(?:\d{{1,2}}{_D}*)?năm{_D}*(?:\d{{4}})?"),
    re.compile(rf"\bngày{_D}*/{_D}*(?:\d{{1,2}})?{_D}*/\s*\d{{4}}\b"),
)
CODE_RES = (
    # state codes: 12/2019/NĐ-CP, 2587/QĐ-UBND, 01/BC-HHDN-K5, and blanks:   /TTr-SNV
    re.compile(r"(?:\b\d+|(?<=\s)[.…_]*|(?<=:)[.…_]*)\s*/\s*(?:\d{4}/)?[A-ZĐ][A-Za-zĐđ&]*"
               r"(?:-[A-ZĐ0-9][A-Za-zĐđ0-9&]*)*"),
    # Party codes: 07-NQ/TU, 28-BC/TU
    re.compile(r"\b\d+-[A-ZĐ][A-Za-zĐđ]*/[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]*)*"),
)
RANGE_RE = re.compile(r"\b\d{4}\s*[-–—]\s*\d{4}\b")
# an inserted date, with the issuer of the cited document after it: "ngày 25/11/2019 của Chính phủ"
ADDED_DATE_RE = re.compile(r"(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|"
                           r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?:\s+của\s+[\w ]{2,60})?")


def units(text: str) -> Iterator[tuple[int, int]]:
    """Dates, document codes and year ranges in ``text``, as (start, end)."""
    for regex in (*DATE_RES, *CODE_RES, RANGE_RE):
        for m in regex.finditer(text):
            if m.end() > m.start():
                yield m.span()


def is_date(text: str) -> bool:
    return any(r.search(text) for r in DATE_RES)


def is_code(text: str) -> bool:
    return any(r.search(text) for r in CODE_RES)


def date_value(text: str) -> tuple[int, ...] | None:
    """(day, month, year) of the first complete date in ``text``."""
    nums = re.findall(r"\d+", text)
    if not is_date(text) or len(nums) < 2:
        return None
    return tuple(int(n) for n in nums[:3])


# -- words ----------------------------------------------------------------------------------

TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng
WORD_RE = re.compile(r"\w+")
BLANK_RE = re.compile(r"[\s.…_/]*")
HOLE_RE = re.compile(r"\s{3}|\.{2}|…|_{2}")  # a blank left to fill: spaces, dots, underscores
BLANK_DATE_RE = re.compile(r"(?:ngày|tháng)\s*[.…_\s]{2,}(?:tháng|năm|/)|ngày\s*[.…_\s]*/")
DASHES = "-–—‑‒−"
DRAFT_MARK_RE = re.compile(r"\(?\s*DỰ\s+THẢO\s*(?:\d+|LẦN\s+\d+)?\s*\)?", re.IGNORECASE)
LABEL_RE = re.compile(
    r"\s*(?:(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\.?|[IVXLC]+[.)]|\d+(?:\.\d+)*[.)]?|"
    r"[^\W\d_][.)])(?=\s|$)",
    re.IGNORECASE,
)
DOC_TYPES = frozenset({
    "văn bản", "công văn", "tờ trình", "báo cáo", "quyết định", "thông báo", "kế hoạch",
    "nghị quyết", "kết luận", "chỉ thị", "thông tư", "nghị định", "luật", "hướng dẫn",
    "chương trình", "đề án", "quy định", "giấy mời", "thông tri",
})
USAGE = (
    # (draft, final): reviewers' normalisations of usage, whole words, case-insensitive
    ("hàng năm", "hằng năm"), ("hàng tháng", "hằng tháng"), ("hàng ngày", "hằng ngày"),
    ("hàng quý", "hằng quý"), ("hàng tuần", "hằng tuần"), ("đảm bảo", "bảo đảm"),
    ("’", "phút"), ("'", "phút"),
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def strip_tones(word: str) -> str:
    return "".join(c for c in nfd(word) if c not in TONES)


def tones(word: str) -> list[str]:
    return [c for c in nfd(word) if c in TONES]


def plain(word: str) -> str:
    """No marks at all, đ as d, upper case: for comparing initials."""
    s = "".join(c for c in nfd(word) if not unicodedata.combining(c))
    return s.replace("đ", "d").replace("Đ", "D").upper()


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


# -- the rules, in order --------------------------------------------------------------------

Rule = Callable[[Edit], Verdict | None]


def _whole(e: Edit) -> tuple[str, str]:
    """The edit's text, widened to its unit when it sits in a date, code or range."""
    if e.unit_before or e.unit_after:
        return e.unit_before, e.unit_after
    return e.before, e.after


def _squeeze(text: str) -> str:
    return "".join(text.split())


def fill_in(e: Edit) -> Verdict | None:
    """A blank of the draft filled or resized, or the "DỰ THẢO" mark removed."""
    b, a = e.before, e.after
    if e.kind == "removed" and DRAFT_MARK_RE.fullmatch(b.strip()):
        return Verdict("fill-in", "draft mark removed")
    if e.kind != "text":
        return None
    blank = BLANK_RE.fullmatch(b) is not None and HOLE_RE.search(b) is not None
    if blank and not a.strip():
        return Verdict("fill-in", "blank width")
    if blank and len(words(a)) <= 6:
        return Verdict("fill-in", "blank filled")
    ub, _ = _whole(e)
    if ub and BLANK_DATE_RE.search(ub) and len(words(b)) <= 6 and len(words(a)) <= 6:
        return Verdict("fill-in", "date filled")
    if ub and is_code(ub) and (HOLE_RE.search(b) or not b.strip() and re.search(r"\d", a)):
        return Verdict("fill-in", "number filled" if re.search(r"\d", a) else "blank in code")
    return None


def _label(text: str) -> tuple[int, int] | None:
    """(end of the list or article label starting ``text``, end of the spaces after it)."""
    m = LABEL_RE.match(text)
    if m is None:
        return None
    return m.end(), m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())


def numbering(e: Edit) -> Verdict | None:
    """An automatic label, or a typed label at the start of the paragraph, changed."""
    if e.kind == "label":
        return Verdict("numbering", "automatic label")
    if e.kind != "text" or not (e.before + e.after).strip():
        return None
    m, n = _label(e.draft_text), _label(e.final_text)
    in_draft = m is not None and e.start < m[0] and e.end <= m[1]
    in_final = n is not None and e.start == 0 and len(e.after) <= n[1]
    if not (in_draft or in_final):
        return None
    if m and n and words(e.draft_text[:m[0]]) == words(e.final_text[:n[0]]):
        return Verdict("numbering", "label punctuation", checkable=False)
    return Verdict("numbering", "typed label")


def capitalisation(e: Edit) -> Verdict | None:
    """The same letters in another case (spaces aside)."""
    b, a = e.before, e.after
    if _squeeze(b) == _squeeze(a) or _squeeze(b).lower() != _squeeze(a).lower():
        return None
    ups_b, ups_a = sum(c.isupper() for c in b), sum(c.isupper() for c in a)
    detail = "to upper" if ups_a > ups_b else "to lower" if ups_a < ups_b else "mixed"
    return Verdict("capitalisation", detail + ("" if b.lower() == a.lower() else ", spacing"))


def tone_placement(e: Edit) -> Verdict | None:
    """The same letters and tones, a tone mark on another vowel ("hoá" -> "hóa")."""
    b, a = e.before.lower(), e.after.lower()
    if b != a and strip_tones(b) == strip_tones(a) and sorted(tones(b)) == sorted(tones(a)):
        return Verdict("tone-placement")
    return None


def spacing(e: Edit) -> Verdict | None:
    """Only white space differs."""
    b, a = e.before, e.after
    if b == a or _squeeze(b) != _squeeze(a):
        return None
    if len(a) > len(b) and re.search(r"\s{2}", a):
        return Verdict("spacing", "layout spaces", checkable=False)  # aligning by hand
    if re.search(r"\d{6}", b):
        return Verdict("spacing", "digit grouping", checkable=False)
    if "\t" in b or "\n" in b:
        return Verdict("spacing", "tab or break")
    if "\xa0" in b + a:
        return Verdict("spacing", "no-break space")
    if not a and b.isspace():
        nxt = e.draft_text[e.end:e.end + 1]
        return Verdict("spacing", "space before punctuation" if nxt and nxt in ".,;:)?!"
                       else "extra space")
    return Verdict("spacing", "doubled space" if len(b) > len(a) else "space added")


def dash(e: Edit) -> Verdict | None:
    """Only the kind of dash differs, or the spaces around it."""
    fold = str.maketrans({c: "-" for c in DASHES})
    for b, a in ((e.before, e.after), _whole(e)):
        if b != a and any(c in DASHES for c in b + a) and (
            _squeeze(b).translate(fold) == _squeeze(a).translate(fold)
        ):
            return Verdict("dash", "year range" if RANGE_RE.search(_whole(e)[0]) else "")
    return None


def punctuation(e: Edit) -> Verdict | None:
    """The same words, other punctuation marks."""
    b, a = e.before, e.after
    if e.kind == "text" and b != a and words(b) == words(a):
        return Verdict("punctuation")
    return None


def abbreviation(e: Edit) -> Verdict | None:
    """Capitals replaced by the words they are the initials of ("UBND" -> "Ủy ban nhân dân"),
    or the reverse."""
    b, a = e.before.strip(" ,.;"), e.after.strip(" ,.;")
    for short, long, detail in ((b, a, "expanded"), (a, b, "abbreviated")):
        if re.fullmatch(r"[A-ZĐ]{2,10}", short) and len(words(long)) >= 2:
            initials = "".join(plain(w)[0] for w in words(long))
            if initials.startswith(plain(short)) and len(initials) <= len(short) + 1:
                return Verdict("abbreviation", f"{detail} {short}")
    return None


def usage(e: Edit) -> Verdict | None:
    """The edit touches a listed draft form, and the final paragraph has the listed form."""
    if e.kind != "text":
        return None
    draft, final = e.draft_text.lower(), e.final_text.lower()
    for old, new in USAGE:
        if new not in final:
            continue
        for m in re.finditer(re.escape(old), draft):
            if m.start() <= e.start < m.end() or e.start <= m.start() < max(e.end, e.start + 1):
                return Verdict("usage", f"{old} -> {new}")
    return None


def _code_key(code: str) -> str:
    """A code with case, marks, spaces and leading zeros left out."""
    return re.sub(r"\b0+(?=\d)", "", re.sub(r"\s+", "", plain(code)))


def document_number(e: Edit) -> Verdict | None:
    """The type name before "số", or a document's number or code, changed."""
    b, a = e.before.strip().lower(), e.after.strip().lower()
    if b in DOC_TYPES and a in DOC_TYPES and re.match(r"\s*số\b", e.draft_text[e.end:]):
        return Verdict("document-number", "type name")
    ub, ua = _whole(e)
    if not (is_code(ub) or is_code(ua)) or len(words(e.before)) > 4 or len(words(e.after)) > 4:
        return None
    if _code_key(ub) == _code_key(ua):
        return Verdict("document-number", "code form")
    return Verdict("document-number", "code value", checkable=False)


def date(e: Edit) -> Verdict | None:
    """A date written in another form, or added; a date's value changed is a figure."""
    if e.kind != "text":
        return None
    ub, ua = _whole(e)
    where = " (grounds)" if e.draft_text.lstrip().startswith("Căn cứ") else ""
    db, da = is_date(ub), is_date(ua)
    if da and not db and ADDED_DATE_RE.fullmatch(e.after.strip(" ,;")):
        return Verdict("date", "added" + where)
    if db and da:
        vb, va = date_value(ub), date_value(ua)
        if vb == va or (vb and va and len(vb) != len(va)):
            return Verdict("date", "form" + where)
        return Verdict("figure", "date value")
    return None


def citation(e: Edit) -> Verdict | None:
    """What identifies a cited document added: its issuer, its type name, "số"."""
    b, a = e.before.strip(), e.after.strip()
    if e.kind != "text" or b:
        return None
    following = e.draft_text[e.end:e.end + 40]
    if re.fullmatch(r"của\s+[\w ]{3,60}", a):
        return Verdict("citation", "issuer added")
    if a.lower() in DOC_TYPES and re.match(r"\s*số\b", following):
        return Verdict("citation", "type name added")
    if a.lower() == "số" and re.match(r"\s*\d+[/-]", following):
        return Verdict("citation", "'số' added")
    return None


def spelling(e: Edit) -> Verdict | None:
    """One word changed by one letter or mark, or a word written twice."""
    b, a = e.before.strip(), e.after.strip()
    if not a and b and len(words(b)) == 1 and words(b) == [b]:
        around = words(e.draft_text[max(0, e.start - 20):e.start])[-1:] + words(
            e.draft_text[e.end:e.end + 20])[:1]
        if b.lower() in (w.lower() for w in around):
            return Verdict("spelling", "doubled word")
    if not (re.fullmatch(r"\w+", b) and re.fullmatch(r"\w+", a)):
        return None
    if not any(c.isalpha() for c in b + a) or b.lower() == a.lower():
        return None
    bl, al = nfd(b.lower()), nfd(a.lower())
    if levenshtein(bl, al) <= 1 and min(len(b), len(a)) >= 2:
        detail = "tone mark" if strip_tones(bl) == strip_tones(al) else "letter or mark"
        return Verdict("spelling", detail)
    return None


def figure(e: Edit) -> Verdict | None:
    """Numbers changed, the words around them not; or a number's notation ("½" -> "1/2")."""
    b, a = e.before, e.after
    if re.search(r"\d", b + a) and words(re.sub(r"\d+", "0", b)) == words(re.sub(r"\d+", "0", a)):
        return Verdict("figure")
    if all(re.fullmatch(r"[\d\s.,/%½¼¾]+", x.strip()) for x in (b, a) if x.strip()) and (
        b.strip() and a.strip()
    ):
        return Verdict("figure", "notation")
    return None


RULES: tuple[Rule, ...] = (
    fill_in, numbering, capitalisation, tone_placement, spacing, dash, punctuation,
    abbreviation, usage, date, document_number, citation, spelling, figure,
)


def classify(e: Edit) -> Verdict:
    if e.kind == "format":
        return Verdict("formatting", e.attribute, bool(e.checkable))
    for rule in RULES:
        verdict = rule(e)
        if verdict is not None:
            return verdict
    return Verdict("wording", e.kind if e.kind != "text" else "")
