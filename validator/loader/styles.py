"""Styles: run properties resolved through docDefaults, paragraph and character styles."""

from __future__ import annotations

import re
from typing import Any

import msgspec
from lxml import etree

from validator import recache
from validator.loader.package import A_NS, PPR, RPR, VAL, decimal_number, w

# ---------------------------------------------------------------------------------------------
# Styles

# Table styles (with their conditional formats for header rows, bands and corners) and latent
# style entries are not read: the model resolves run properties through paragraph and character
# styles only. They are often most of styles.xml (100 table styles and 383 KB of 398 KB in the
# user's report), so they are cut from the bytes before parsing. Word writes the prefix "w";
# with another one nothing is cut and the whole part is parsed, as before.
_TABLE_TYPES = (b'w:type="table"', b"w:type='table'")


def drop_unread_styles(data: bytes) -> bytes:
    """styles.xml without its table styles and latent styles (the same object when none).

    A scan with bytes.find, not a regular expression: a lazy ``.*?`` over 400 KB costs more
    than the parse it saves."""
    if _TABLE_TYPES[0] not in data and _TABLE_TYPES[1] not in data and (
        b"<w:latentStyles" not in data
    ):
        return data
    keep: list[bytes] = []
    pos = 0
    for opening, closing in ((b"<w:latentStyles", b"</w:latentStyles>"),
                             (b"<w:style", b"</w:style>")):
        start = data.find(opening, pos)
        while start != -1:
            tag_end = data.find(b">", start)
            if tag_end == -1:
                break
            after = data[start + len(opening):start + len(opening) + 1]
            tag = data[start:tag_end]
            if (after and after in b" \t\r\n>/" and not tag.endswith(b"/")
                    and (opening == b"<w:latentStyles" or any(t in tag for t in _TABLE_TYPES))):
                end = data.find(closing, tag_end)
                if end == -1:
                    break
                keep.append(data[pos:start])
                pos = end + len(closing)
                start = data.find(opening, pos)
            else:
                start = data.find(opening, tag_end)
    if not keep:
        return data
    keep.append(data[pos:])
    return b"".join(keep)



class RunProps(msgspec.Struct):
    """Run properties at one level of the style hierarchy (None: not set there), or resolved.

    Fonts are kept per slot, as Word keeps them: ``ascii`` for Basic Latin, ``hansi`` for
    the other Latin letters (the Vietnamese letters with diacritics), ``east_asia``, and
    ``cs`` for runs marked complex script (``w:cs``/``w:rtl``). A theme attribute
    (``w:asciiTheme="minorHAnsi"``) is read as the theme's font and wins over the explicit
    name beside it, as in Word. :meth:`font_for` picks the font Word shows for a text."""

    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    hidden: bool | None = None
    vert: str | None = None
    ascii: str | None = None
    hansi: str | None = None
    east_asia: str | None = None
    cs: str | None = None
    complex: bool | None = None  # w:cs or w:rtl: the run is set in its complex-script font
    size: float | None = None
    highlight: str | None = None

    def merged(self, other: RunProps) -> RunProps:
        return RunProps(
            *(
                b if b is not None else a
                for a, b in zip(self.astuple(), other.astuple(), strict=True)
            )
        )

    def toggled(self, other: RunProps) -> RunProps:
        """``other`` (a character style) applied over these (a paragraph style's): bold,
        italics and capitals set in both styles cancel out (Word's toggle properties); other
        properties are inherited as in :meth:`merged`."""
        out = self.merged(other)
        for name in _TOGGLES:
            mine, theirs = getattr(self, name), getattr(other, name)
            if theirs and mine:
                setattr(out, name, False)
            elif theirs is False:
                setattr(out, name, mine)
        return out

    def astuple(self) -> tuple[Any, ...]:
        return msgspec.structs.astuple(self)

    @property
    def font(self) -> str | None:
        """The font of Latin text when the text is not known (the document default)."""
        return self.ascii or self.hansi

    def font_for(self, text: str) -> str | None:
        """The font Word shows for ``text`` in a run with these properties: the
        complex-script font for a complex-script run; the East Asian font for Chinese,
        Japanese or Korean characters; the "high ANSI" font for other letters beyond Basic
        Latin (the Vietnamese letters with diacritics); the ASCII font for plain ASCII."""
        if self.complex and self.cs:
            return self.cs
        a, h = self.ascii, self.hansi
        if text.isascii():
            return a or h
        if self.east_asia and _CJK.search(text):
            return self.east_asia
        return h or a


# Ideographs, kana, hangul and their punctuation and full-width forms: the East Asian slot.
_CJK = recache.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_TOGGLES = ("bold", "italic", "caps")


class ParaProps(msgspec.Struct):
    """Paragraph layout at one level of the style hierarchy (None: not set there), or
    resolved. Lengths in twips (twentieths of a point); ``first`` is the first-line indent,
    negative for a hanging indent; ``line`` is in 240ths of a line when ``rule`` is "auto",
    else in twips ("exact", "atLeast")."""

    jc: str | None = None
    left: int | None = None
    right: int | None = None
    first: int | None = None
    before: int | None = None
    after: int | None = None
    line: int | None = None
    rule: str | None = None
    contextual: bool | None = None

    def merged(self, other: ParaProps) -> ParaProps:
        return ParaProps(
            *(
                b if b is not None else a
                for a, b in zip(msgspec.structs.astuple(self), msgspec.structs.astuple(other),
                                strict=True)
            )
        )


# Word's "auto" spacing before or after (HTML paragraphs): 14 pt.
AUTO_SPACING = 280


def para_props(ppr: etree._Element, found: dict[str, etree._Element] | None = None) -> ParaProps:
    """The layout a ``w:pPr`` sets itself (alignment, indents, spacing). ``found``: its
    children by tag, when the caller has already walked them."""
    if found is None:
        found = {}
        for c in ppr:
            if c.tag in _PPR_LAYOUT and c.tag not in found:
                found[c.tag] = c
    out = ParaProps()
    jc = found.get(_JC)
    if jc is not None:
        out.jc = jc.get(VAL)
    ind = found.get(_IND)
    if ind is not None:
        get = ind.get
        left = decimal_number(get(_IND_LEFT) or get(_IND_START))
        right = decimal_number(get(_IND_RIGHT) or get(_IND_END))
        out.left, out.right = left, right
        hanging = decimal_number(get(_IND_HANGING))
        if hanging is not None:
            out.first = -hanging
        else:
            out.first = decimal_number(get(_IND_FIRST))
    sp = found.get(_SPACING)
    if sp is not None:
        get = sp.get
        out.before = AUTO_SPACING if _on(get(_BEFORE_AUTO)) else decimal_number(get(_BEFORE))
        out.after = AUTO_SPACING if _on(get(_AFTER_AUTO)) else decimal_number(get(_AFTER))
        line = decimal_number(get(_LINE))
        if line is not None:
            out.line = line
            out.rule = get(_LINE_RULE) or "auto"
    ctx = found.get(_CONTEXTUAL)
    if ctx is not None:
        out.contextual = _onoff(ctx)
    return out


def _on(value: str | None) -> bool:
    return value is not None and value not in ("0", "false", "off")


class Style(msgspec.Struct):
    id: str
    name: str
    type: str
    based_on: str | None
    rpr: RunProps
    num_id: int | None = None
    num_level: int | None = None
    outline: int | None = None
    ppr: ParaProps | None = None


def _onoff(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    v = el.get(VAL)
    return v is None or v not in ("0", "false", "off", "none")


class Styles:
    def __init__(self, root: etree._Element | None, theme_fonts: dict[str, str]) -> None:
        self.by_id: dict[str, Style] = {}
        self.defaults = RunProps()
        self.para_defaults = ParaProps()
        self.default_para: str | None = None
        self.theme = theme_fonts
        self._resolved: dict[tuple[str | None, str | None], RunProps] = {}
        self._pchain: dict[str | None, tuple[int | None, int | None, int | None, str | None]] = {}
        self._playout: dict[str | None, ParaProps] = {}
        if root is None:
            return
        dd = root.find(w("docDefaults"))
        if dd is not None:
            rpr = dd.find(f"{w('rPrDefault')}/{RPR}")
            if rpr is not None:
                self.defaults = self.run_props(rpr)
            ppr = dd.find(f"{w('pPrDefault')}/{PPR}")
            if ppr is not None:
                self.para_defaults = para_props(ppr)
        for st in root.iter(_STYLE):
            sid = st.get(_STYLE_ID) or ""
            stype = st.get(_TYPE) or "paragraph"
            # one pass over the style's children; the first of each tag counts, as with find()
            found: dict[str, etree._Element] = {}
            for c in st:
                tag = c.tag
                if tag in _STYLE_PARTS and tag not in found:
                    found[tag] = c
            name_el = found.get(_NAME)
            name = name_el.get(VAL, sid) if name_el is not None else sid
            based = found.get(_BASED_ON)
            rpr = found.get(RPR)
            style = Style(
                id=sid,
                name=name,
                type=stype,
                based_on=based.get(VAL) if based is not None else None,
                rpr=self.run_props(rpr) if rpr is not None else RunProps(),
            )
            ppr = found.get(PPR)
            if ppr is not None:
                numpr = ppr.find(w("numPr"))
                if numpr is not None:
                    style.num_id = _int(numpr.find(w("numId")))
                    style.num_level = _int(numpr.find(w("ilvl")))
                style.outline = _int(ppr.find(w("outlineLvl")))
                style.ppr = para_props(ppr)
            self.by_id[sid] = style
            if st.get(_DEFAULT) in ("1", "true", "on") and stype == "paragraph":
                self.default_para = sid

    def run_props(self, rpr: etree._Element) -> RunProps:
        props = RunProps()
        for child in rpr:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            local = tag.rsplit("}", 1)[-1]
            if local == "b":
                props.bold = _onoff(child)
            elif local == "i":
                props.italic = _onoff(child)
            elif local == "u":
                v = child.get(VAL)
                props.underline = v not in (None, "none") if v is not None else True
            elif local == "caps":
                props.caps = _onoff(child)
            elif local == "vanish":
                props.hidden = _onoff(child)
            elif local == "vertAlign":
                props.vert = child.get(VAL)
            elif local == "sz":
                v = _int(child)
                if v is not None:
                    props.size = v / 2
            elif local == "rFonts":
                get = child.get
                for slot, attr, theme_attr in _FONT_SLOTS:
                    theme = get(theme_attr)
                    font = (self.theme.get(theme) if theme else None) or get(attr)
                    if font:
                        setattr(props, slot, font)
            elif local == "cs":
                props.complex = _onoff(child)
            elif local == "rtl" and _onoff(child):
                props.complex = True
            elif local == "highlight":
                v = child.get(VAL)
                props.highlight = v if v and v != "none" else None
            elif local == "shd":
                fill = child.get(w("fill"))
                if fill and fill.lower() not in ("auto", "ffffff", "none"):
                    props.highlight = props.highlight or f"#{fill}"
        return props

    def chain(self, sid: str | None) -> list[Style]:
        out: list[Style] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            out.append(st)
            sid = st.based_on
        return out

    def resolved(self, pstyle: str | None, rstyle: str | None) -> RunProps:
        key = (pstyle, rstyle)
        hit = self._resolved.get(key)
        if hit is not None:
            return hit
        props = self.defaults
        for st in reversed(self.chain(pstyle or self.default_para)):
            props = props.merged(st.rpr)
        if rstyle is not None:
            char = RunProps()
            for st in reversed(self.chain(rstyle)):
                char = char.merged(st.rpr)
            props = props.toggled(char)
        self._resolved[key] = props
        return props

    def layout(self, sid: str | None) -> ParaProps:
        """The layout the paragraph style ``sid`` sets through its chain (None where no style
        of the chain sets a value; the document defaults are not included)."""
        hit = self._playout.get(sid)
        if hit is not None:
            return hit
        out = ParaProps()
        for st in reversed(self.chain(sid or self.default_para)):
            if st.ppr is not None:
                out = out.merged(st.ppr)
        self._playout[sid] = out
        return out

    def para_info(self, sid: str | None) -> tuple[int | None, int | None, int | None, str | None]:
        """(numId, ilvl, outline level, jc) inherited through the paragraph style chain."""
        if sid in self._pchain:
            return self._pchain[sid]
        num_id = lvl = outline = None
        jc = None
        for st in self.chain(sid or self.default_para):
            if num_id is None and st.num_id is not None:
                num_id = st.num_id
            if lvl is None and st.num_level is not None:
                lvl = st.num_level
            if outline is None and st.outline is not None:
                outline = st.outline
            if jc is None and st.ppr is not None and st.ppr.jc is not None:
                jc = st.ppr.jc
        if jc is None:
            jc = self.para_defaults.jc
        if outline is None:
            own = self.by_id.get(sid or "")
            m = re.match(r"^heading\s*(\d)$", own.name.strip().lower()) if own else None
            if m:
                outline = int(m.group(1)) - 1
        self._pchain[sid] = (num_id, lvl, outline, jc)
        return self._pchain[sid]

    def name(self, sid: str | None) -> str | None:
        if sid is None:
            sid = self.default_para
        st = self.by_id.get(sid or "")
        return st.name if st else sid


_STYLE, _STYLE_ID, _TYPE, _NAME, _BASED_ON, _DEFAULT = (
    w(t) for t in ("style", "styleId", "type", "name", "basedOn", "default")
)
_STYLE_PARTS = frozenset((_NAME, _BASED_ON, RPR, PPR))


_FONT_SLOTS = tuple(
    (slot, w(attr), w(attr + "Theme" if attr != "cs" else "cstheme"))
    for slot, attr in (("ascii", "ascii"), ("hansi", "hAnsi"), ("east_asia", "eastAsia"),
                       ("cs", "cs"))
)
_JC, _IND, _SPACING, _CONTEXTUAL = (w(t) for t in ("jc", "ind", "spacing", "contextualSpacing"))
_PPR_LAYOUT = frozenset((_JC, _IND, _SPACING, _CONTEXTUAL))
_IND_LEFT, _IND_START, _IND_RIGHT, _IND_END, _IND_HANGING, _IND_FIRST = (
    w(t) for t in ("left", "start", "right", "end", "hanging", "firstLine")
)
_BEFORE, _AFTER, _LINE, _LINE_RULE, _BEFORE_AUTO, _AFTER_AUTO = (
    w(t) for t in ("before", "after", "line", "lineRule", "beforeAutospacing",
                   "afterAutospacing")
)


def _int(el: etree._Element | None, attr: str = VAL) -> int | None:
    if el is None:
        return None
    return decimal_number(el.get(attr))


def _theme_fonts(root: etree._Element | None) -> dict[str, str]:
    """The theme's fonts by the names Word's theme attributes use: "minorHAnsi",
    "majorAscii", … (the Latin typeface), "minorEastAsia" (the East Asian one) and
    "minorBidi" (the complex-script one); a slot the theme leaves empty is absent."""
    out: dict[str, str] = {}
    if root is None:
        return out
    for kind in ("major", "minor"):
        font = root.find(f".//{{{A_NS}}}{kind}Font")
        if font is None:
            continue
        for tag, names in (("latin", ("Ascii", "HAnsi")), ("ea", ("EastAsia",)),
                           ("cs", ("Bidi",))):
            el = font.find(f"{{{A_NS}}}{tag}")
            face = el.get("typeface") if el is not None else None
            if face:
                for name in names:
                    out[kind + name] = face
    return out
