"""The document loader: finds the main part and its styles, numbering and theme, reads every
story, numbers paragraphs and notes, and freezes the result into a :class:`Document`."""

from __future__ import annotations

import posixpath

from lxml import etree

from validator.loader import numbering as num
from validator.loader.body import Reader, RunInfo
from validator.loader.comments import anchor_comments, read_comments
from validator.loader.drafts import PDraft, TDraft
from validator.loader.freeze import freeze_paragraph
from validator.loader.notes import freeze_notes, note_numbers, read_notes
from validator.loader.package import W_NS, Package, _fail, w
from validator.loader.properties import read_core, read_sections
from validator.loader.stories import read_headers_footers, read_textboxes
from validator.loader.styles import ParaProps, Styles, _theme_fonts, drop_unread_styles
from validator.loader.tables import freeze_table
from validator.model import BODY, ENDNOTE, FOOTNOTE, TEXTBOX, Document, Paragraph, Table
from validator.outline import assign_outline


class DocumentLoader:
    """One document being read: the package, the main part, its styles and numbering, and
    what the stories share (table counters, the text-box story, resolved run properties)."""

    def __init__(self, pkg: Package, path: str) -> None:
        self.pkg = pkg
        self.path = path
        self.revisions = 0
        self.table_counters: dict[str, int] = {}
        self.run_cache: dict[tuple[str | None, bytes | None], RunInfo] = {}
        self.layouts: dict[tuple[str | None, int | None, int | None], ParaProps] = {}
        self.textbox_reader: Reader | None = None
        self.root_rels = rels = pkg.rels("")
        main = None
        for rtype, target, _mode in rels.values():
            if rtype == "officeDocument" and pkg.has(target):
                main = target
                break
        if main is None:
            main = "word/document.xml"
        if not pkg.has(main):
            raise _fail("no-document")
        self.main = main
        self.main_rels = pkg.rels(main)
        theme_root = None
        for rtype, target, _ in self.main_rels.values():
            if rtype == "theme":
                theme_root = pkg.xml(target)
                break
        styles_root = None
        numbering_root = None
        for rtype, target, _ in self.main_rels.values():
            if rtype == "styles":
                styles_root = pkg.xml(target, prefilter=drop_unread_styles)
            elif rtype == "numbering":
                numbering_root = pkg.xml(target)
        if styles_root is None:
            styles_root = pkg.xml(
                posixpath.join(posixpath.dirname(main), "styles.xml"), prefilter=drop_unread_styles
            )
        if numbering_root is None:
            numbering_root = pkg.xml(posixpath.join(posixpath.dirname(main), "numbering.xml"))
        self.styles = Styles(styles_root, _theme_fonts(theme_root))
        self.numbering = num.NumberingDefs(numbering_root, W_NS)

    def layout(self, style_id: str | None, num_id: int | None, num_level: int | None,
               direct: ParaProps | None) -> ParaProps:
        """A paragraph's alignment, indents and spacing as Word resolves them: the document
        defaults, then its list level's indents, then its style's chain, then its own
        ``w:pPr`` (``direct``)."""
        key = (style_id, num_id, num_level)
        base = self.layouts.get(key)
        if base is None:
            base = self.styles.para_defaults
            if num_id:
                indent = self.numbering.indent(num_id, num_level or 0)
                if indent is not None:
                    base = base.merged(ParaProps(left=indent[0], first=indent[1]))
            base = self.layouts[key] = base.merged(self.styles.layout(style_id))
        return base if direct is None else base.merged(direct)

    def next_table(self, part: str) -> int:
        n = self.table_counters.get(part, 0)
        self.table_counters[part] = n + 1
        return n

    def textboxes_in(self, el: etree._Element, d: PDraft) -> None:
        read_textboxes(self, el, d)

    def load(self) -> Document:
        root = self.pkg.xml(self.main, required=True)
        assert root is not None
        body = root.find(w("body"))
        if body is None:
            raise _fail("no-document")
        self.textbox_reader = Reader(self, TEXTBOX)
        reader = Reader(self, BODY)
        blocks = reader.blocks_of(body, None)

        # notes, headers, footers, comments
        footnotes, foot_readers = read_notes(self, "footnotes", FOOTNOTE)
        endnotes, end_readers = read_notes(self, "endnotes", ENDNOTE)
        header_reader, footer_reader = read_headers_footers(self)
        comments = read_comments(self)

        # numbering labels, in reading order of each story (the body drives the counters)
        counters = num.Counters(self.numbering)
        for p in reader.paras:
            self._number(p, counters)
        for rd in (self.textbox_reader, header_reader, footer_reader, *foot_readers, *end_readers):
            c = num.Counters(self.numbering)
            for p in rd.paras:
                self._number(p, c)

        # footnote numbers in order of first reference
        numbers = note_numbers(reader.paras + self.textbox_reader.paras)

        # freeze
        def freeze(story: Reader) -> list[Paragraph]:
            return [freeze_paragraph(self.styles, p, i, numbers) for i, p in enumerate(story.paras)]

        body_paras = freeze(reader)
        outlined = assign_outline(body_paras)  # fills the same objects in place
        frozen_blocks = tuple(_freeze_block(b) for b in blocks)
        textboxes = tuple(freeze(self.textbox_reader))
        headers = tuple(freeze(header_reader))
        footers = tuple(freeze(footer_reader))
        fn = freeze_notes(self, footnotes, numbers)
        en = freeze_notes(self, endnotes, numbers)
        comment_objs = anchor_comments(comments, outlined, reader)
        sections = read_sections(self, reader)
        default_props = self.styles.resolved(None, None)
        return Document(
            path=self.path,
            blocks=frozen_blocks,
            footnotes=fn,
            endnotes=en,
            headers=headers,
            footers=footers,
            textboxes=textboxes,
            comments=comment_objs,
            sections=sections,
            properties=read_core(self),
            has_revisions=self.revisions > 0,
            revision_count=self.revisions,
            default_font=default_props.font,
            default_size=default_props.size,
            body_paragraphs=tuple(outlined),
        )

    def _number(self, p: PDraft, counters: num.Counters) -> None:
        if p.num_id is None or p.num_id == 0:
            return
        p.numbering = counters.next(p.num_id, p.num_level or 0)


def _freeze_block(b: PDraft | TDraft) -> Paragraph | Table:
    if isinstance(b, PDraft):
        assert b.frozen is not None
        return b.frozen
    return freeze_table(b)
