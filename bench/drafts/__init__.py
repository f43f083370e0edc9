"""Draft/final pairs of the corpus: pairing, alignment, classification of the edits.

``python -m bench.pairs`` is the command; this package holds its parts:

- :mod:`bench.drafts.pairing`: which draft goes with which final (file names, then text);
- :mod:`bench.drafts.align`: paragraphs aligned between the two, and the edits inside them;
- :mod:`bench.drafts.classify`: what kind of correction each edit is, and whether a program
  could check it;
- :mod:`bench.drafts.formatting`: page setup and header-block formatting compared.
"""
