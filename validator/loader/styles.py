"""Styles: run properties resolved through docDefaults, paragraph and character styles."""

from __future__ import annotations

import re
from typing import Any

import msgspec
from lxml import etree

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
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    hidden: bool | None = None
    vert: str | None = None
    font: str | None = None
    size: float | None = None
    highlight: str | None = None

    def merged(self, other: RunProps) -> RunProps:
        return RunProps(
            *(
                b if b is not None else a
                for a, b in zip(self.astuple(), other.astuple(), strict=True)
            )
        )

    def astuple(self) -> tuple[Any, ...]:
        return (
            self.bold,
            self.italic,
            self.underline,
            self.caps,
            self.hidden,
            self.vert,
            self.font,
            self.size,
            self.highlight,
        )


class Style(msgspec.Struct):
    id: str
    name: str
    type: str
    based_on: str | None
    rpr: RunProps
    num_id: int | None = None
    num_level: int | None = None
    outline: int | None = None
    jc: str | None = None


def _onoff(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    v = el.get(VAL)
    return v is None or v not in ("0", "false", "off", "none")


class Styles:
    def __init__(self, root: etree._Element | None, theme_fonts: dict[str, str]) -> None:
        self.by_id: dict[str, Style] = {}
        self.defaults = RunProps()
        self.default_para: str | None = None
        self.theme = theme_fonts
        self._resolved: dict[tuple[str | None, str | None], RunProps] = {}
        self._pchain: dict[str | None, tuple[int | None, int | None, int | None, str | None]] = {}
        if root is None:
            return
        dd = root.find(w("docDefaults"))
        if dd is not None:
            rpr = dd.find(f"{w('rPrDefault')}/{RPR}")
            if rpr is not None:
                self.defaults = self.run_props(rpr)
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
                jc = ppr.find(w("jc"))
                style.jc = jc.get(VAL) if jc is not None else None
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
                font = child.get(w("ascii")) or child.get(w("hAnsi"))
                if not font:
                    theme = child.get(w("asciiTheme")) or child.get(w("hAnsiTheme"))
                    if theme:
                        font = self_theme(theme, self.theme)
                if font:
                    props.font = font
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
        for st in reversed(self.chain(rstyle)):
            props = props.merged(st.rpr)
        self._resolved[key] = props
        return props

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
            if jc is None and st.jc is not None:
                jc = st.jc
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


def self_theme(theme: str, fonts: dict[str, str]) -> str | None:
    return fonts.get("major" if theme.startswith("major") else "minor")


def _int(el: etree._Element | None, attr: str = VAL) -> int | None:
    if el is None:
        return None
    return decimal_number(el.get(attr))


def _theme_fonts(root: etree._Element | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if root is None:
        return out
    for kind in ("major", "minor"):
        el = root.find(f".//{{{A_NS}}}{kind}Font/{{{A_NS}}}latin")
        if el is not None and el.get("typeface"):
            out[kind] = el.get("typeface", "")
    return out
