"""Markdown to HTML with cmark-gfm (C, linear time on any input), freeing what it allocates.

cmarkgfm's own `markdown_to_html_with_extensions` never frees the parsed document nor the rendered
HTML (about 60 KB per page), so a worker process that renders thousands of pages grows without end.
The same calls are made here through cmarkgfm's cffi module; the two frees it does not declare
(`cmark_node_free` from the same library, `free` from the C library) come from a small binding.
"""

from __future__ import annotations

import cffi
from cmarkgfm import _cmark
from cmarkgfm.cmark import Options

_FFI = cffi.FFI()
_FFI.cdef("void cmark_node_free(void *node); void free(void *ptr);")
_CMARK = _FFI.dlopen(_cmark.__file__)
_LIBC = _FFI.dlopen(None)
_LIB = _cmark.lib

# Raw HTML inside Markdown is kept: it is cleaned like any page. A line wrapped inside a paragraph (a soft break)
# is a space, as Markdown means it, not a line break: sentences never cross one, so a figure's sentence wrapped
# over two lines lost its subject.
# Only a double tilde strikes text out: "a CAGR of ~9% to ~12%" is no deleted text.
OPTIONS = Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_NOBREAKS | Options.CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
# For Markdown found in a text file, whose line breaks are its author's: each stays a line break.
LINE_BREAK_OPTIONS = (
    Options.CMARK_OPT_UNSAFE | Options.CMARK_OPT_HARDBREAKS | Options.CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
)
_LIB.cmark_gfm_core_extensions_ensure_registered()
_TABLE = _LIB.cmark_find_syntax_extension(b"table")
_STRIKETHROUGH = _LIB.cmark_find_syntax_extension(b"strikethrough")  # "~~USD 19.87 billion~~": a <del>
if _cmark.ffi.NULL in (_TABLE, _STRIKETHROUGH):
    raise ImportError("cmark-gfm was built without its table and strikethrough extensions")


def _own(pointer: object) -> object:
    """The same address as a pointer of the small binding, so its functions accept it."""
    return _FFI.cast("void *", int(_cmark.ffi.cast("uintptr_t", pointer)))


def markdown_to_html(markdown: str, options: int = OPTIONS) -> str:
    """CommonMark with GitHub tables and strikethrough rendered to HTML; nothing stays allocated afterwards."""
    data = markdown.encode("utf-8")
    parser = _LIB.cmark_parser_new(options)
    try:
        _LIB.cmark_parser_attach_syntax_extension(parser, _TABLE)
        _LIB.cmark_parser_attach_syntax_extension(parser, _STRIKETHROUGH)
        _LIB.cmark_parser_feed(parser, data, len(data))
        root = _LIB.cmark_parser_finish(parser)
        try:
            extensions = _LIB.cmark_parser_get_syntax_extensions(parser)
            html = _LIB.cmark_render_html(root, options, extensions)
            try:
                return _cmark.ffi.string(html).decode("utf-8")
            finally:
                _LIBC.free(_own(html))
        finally:
            _CMARK.cmark_node_free(_own(root))
    finally:
        _LIB.cmark_parser_free(parser)
