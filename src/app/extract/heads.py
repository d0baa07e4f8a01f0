"""What every match of a regular expression starts with, read from the pattern's text.

`match_heads(pattern)` gives a set of literal strings (each up to `size` characters) such that every
match of the pattern starts with one of them, or None when no such set is known (a match may start with
any character, or the pattern uses something this reading does not follow). `app.extract.index.scan`
tries a pattern only where one of its heads is written.

The reading is conservative: a head may be shorter than what the pattern could tell, never longer, so
the set is always sound. It follows literal characters and escapes, `\\d` and small character classes
(expanded to their characters), groups of every kind, alternation, optional and repeated parts, and
steps over what matches no text (`\\b`, `^`, lookarounds). Anything else (`\\w`, `\\s`, `.`, a large or
negated class, a back-reference) ends the head there; a case-insensitive or conditional pattern has no
heads.
"""

from __future__ import annotations

import re

_MAX_HEADS = 1024    # beyond this, an alternation is taken to start with anything
_MAX_CLASS = 26      # a character class with more characters ends the head
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_ENDING_ESCAPES = frozenset("SwWD")  # classes too large to enumerate
# what \s matches in a str pattern (the characters str.isspace() accepts; tests/extract/test_heads.py checks)
SPACES = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
          "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_CONTROL = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_GLOBAL_FLAGS = re.compile(r"[aiLmsux]+\)")

# a set of heads: (text, open); open means the part matched exactly this text and a match goes on with
# what follows the part, closed means the head ends here (it is all that is known of the start)
Heads = frozenset[tuple[str, bool]]
_EMPTY_OPEN: Heads = frozenset({("", True)})
_UNKNOWN: Heads = frozenset({("", False)})


class _Unsupported(Exception):
    """The pattern uses something whose effect on a match's start is not followed here."""


def match_heads(pattern: re.Pattern[str], size: int = 6) -> set[str] | None:
    """Literal strings (up to `size` characters) one of which starts every match of `pattern`, or None."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        reader = _Reader(pattern.pattern, bool(pattern.flags & re.VERBOSE), size)
        found = reader.alternation()
        if reader.pos != len(reader.text):
            return None  # an unbalanced ")": not read as the engine reads it
    except (_Unsupported, IndexError, ValueError):  # (a pattern cut short: the engine would not compile it)
        return None
    heads = {text for text, _ in found}
    if not heads or "" in heads:
        return None
    # a head that a shorter one begins covers nothing more
    return {h for h in heads if not any(h[:n] in heads for n in range(1, len(h)))}


class _Reader:
    def __init__(self, text: str, verbose: bool, size: int) -> None:
        self.text, self.verbose, self.size, self.pos = text, verbose, size, 0

    # --- structure ---------------------------------------------------------------------------------
    def alternation(self) -> Heads:
        found = set(self.sequence())
        while self._peek() == "|":
            self.pos += 1
            found |= self.sequence()
        return self._capped(found)

    def sequence(self) -> Heads:
        found: Heads = _EMPTY_OPEN
        while True:
            self._skip_verbose()
            ch = self._peek()
            if ch is None or ch in "|)":
                return found
            atom = self.atom()
            found = self._concat(found, self.quantified(atom))

    def quantified(self, atom: Heads) -> Heads:
        self._skip_verbose()
        ch = self._peek()
        if ch in ("?", "*", "+"):
            self.pos += 1
            low, high = (0, 1) if ch == "?" else (0, None) if ch == "*" else (1, None)
        elif ch == "{" and (m := _QUANTIFIER.match(self.text, self.pos)):
            if not m.group(1) and not m.group(2):
                return atom  # "{}" is a literal brace, not a quantifier: the engine reads it so too
            self.pos = m.end()
            low = int(m.group(1) or 0)
            high = int(m.group(3)) if m.group(3) else (None if m.group(2) else low)
        else:
            return atom
        if self._peek() in ("?", "+"):  # lazy or possessive: the same texts
            self.pos += 1
        if low == 0:
            if high != 1:  # a second repeat may follow the first: the head ends after one
                atom = frozenset((text, False) for text, _ in atom)
            return self._capped(set(atom) | _EMPTY_OPEN)
        repeated = atom
        for _ in range(min(low, 4) - 1):
            repeated = self._concat(repeated, atom)
        if high != low or low > 4:  # more may follow: the head ends after the first repeats
            repeated = frozenset((text, False) for text, _ in repeated)
        return repeated

    def atom(self) -> Heads:
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "(":
            return self.group()
        if ch == "[":
            return self.char_class()
        if ch == "\\":
            return self.escape()
        if ch in "^$":
            return _EMPTY_OPEN
        if ch == ".":
            return _UNKNOWN
        if ch in "*+?{":
            raise _Unsupported(ch)  # a quantifier with nothing before it: an error for the engine
        return frozenset({(ch, True)})

    def group(self) -> Heads:
        zero_width = False
        if self.text.startswith("?", self.pos):
            rest = self.text[self.pos + 1 :]
            if rest.startswith((":", ">")):
                self.pos += 2
            elif rest.startswith(("=", "!")):
                self.pos += 2
                zero_width = True
            elif rest.startswith(("<=", "<!")):
                self.pos += 3
                zero_width = True
            elif rest.startswith(("P<", "<")):
                close = self.text.index(">", self.pos)
                self.pos = close + 1
            elif rest.startswith("#"):
                self.pos = self.text.index(")", self.pos) + 1
                return _EMPTY_OPEN
            elif rest.startswith("P="):
                self.pos = self.text.index(")", self.pos) + 1
                return _UNKNOWN
            else:
                flags = _GLOBAL_FLAGS.match(rest)
                if flags is None:  # scoped flags "(?i:…)", a conditional "(?(1)…)"
                    raise _Unsupported("(?" + rest[:4])
                self.pos += 1 + flags.end()  # "(?m)": in the pattern's flags already, no text
                return _EMPTY_OPEN
        inner = self.alternation()
        if self._peek() != ")":
            raise _Unsupported("unclosed group")
        self.pos += 1
        return _EMPTY_OPEN if zero_width else inner

    def char_class(self) -> Heads:
        members: set[str] = set()
        bounded = True
        if self.text.startswith("^", self.pos):
            bounded = False
            self.pos += 1
        first = True
        while True:
            if self.pos >= len(self.text):
                raise _Unsupported("unclosed class")
            ch = self.text[self.pos]
            if ch == "]" and not first:
                self.pos += 1
                break
            first = False
            low = self._class_char()
            if low is None:
                bounded = False
                continue
            if self.text.startswith("-", self.pos) and self.text[self.pos + 1 : self.pos + 2] not in ("]", ""):
                self.pos += 1
                high = self._class_char()
                if high is None:
                    raise _Unsupported("range to a class")
                if ord(high) - ord(low) > _MAX_CLASS:
                    bounded = False
                    continue
                members.update(chr(c) for c in range(ord(low), ord(high) + 1))
            else:
                members.add(low)
        if not bounded or len(members) > _MAX_CLASS or not members:
            return _UNKNOWN
        return frozenset((c, True) for c in members)

    def _class_char(self) -> str | None:
        """One member of a class as a character; None for a class escape (\\d, \\w…) inside it."""
        ch = self.text[self.pos]
        self.pos += 1
        if ch != "\\":
            return ch
        esc = self.text[self.pos]
        self.pos += 1
        if esc in "dDsSwW":
            return None
        return self._escaped_char(esc)

    def escape(self) -> Heads:
        esc = self.text[self.pos]
        self.pos += 1
        if esc in _ZERO_WIDTH_ESCAPES:
            return _EMPTY_OPEN
        if esc == "d":
            return frozenset((d, True) for d in "0123456789")
        if esc == "s":
            return frozenset((c, True) for c in SPACES)
        if esc in _ENDING_ESCAPES or esc.isdigit():  # a back-reference or an octal escape
            return _UNKNOWN
        return frozenset({(self._escaped_char(esc), True)})

    def _escaped_char(self, esc: str) -> str:
        if esc in _CONTROL:
            return _CONTROL[esc]
        widths = {"x": 2, "u": 4, "U": 8}
        if esc in widths:
            digits = self.text[self.pos : self.pos + widths[esc]]
            self.pos += widths[esc]
            return chr(int(digits, 16))
        if esc.isascii() and esc.isalnum():
            raise _Unsupported("\\" + esc)  # \N{…}, \0 and the like: not followed here
        return esc

    # --- helpers -----------------------------------------------------------------------------------
    def _peek(self) -> str | None:
        self._skip_verbose()
        return self.text[self.pos] if self.pos < len(self.text) else None

    def _skip_verbose(self) -> None:
        while self.verbose and self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch.isspace():
                self.pos += 1
            elif ch == "#":
                end = self.text.find("\n", self.pos)
                self.pos = len(self.text) if end < 0 else end + 1
            else:
                return

    def _concat(self, first: Heads, then: Heads) -> Heads:
        going_on = sum(1 for text, open_ in first if open_ and text and len(text) < self.size)
        crowded = going_on * len(then) > _MAX_HEADS  # too many ways on: the heads end where they are
        out: set[tuple[str, bool]] = set()
        for text, open_ in first:
            if not open_ or len(text) >= self.size or (crowded and text):
                out.add((text[: self.size], False))
                continue
            for more, more_open in then:
                joined = text + more
                out.add((joined[: self.size], more_open and len(joined) < self.size))
        return self._capped(out)

    @staticmethod
    def _capped(found: set[tuple[str, bool]] | Heads) -> Heads:
        """At most _MAX_HEADS heads: shorter ones (each the beginning of longer ones) when there are more."""
        size = max((len(text) for text, _ in found), default=0)
        while len(found) > _MAX_HEADS and size > 1:
            size -= 1
            found = _cut(found, size)
        return frozenset(found) if len(found) <= _MAX_HEADS else _UNKNOWN


def _cut(found: set[tuple[str, bool]] | Heads, size: int) -> Heads:
    """The heads cut to `size` characters (a cut one ends there)."""
    return frozenset((text[:size], open_ and len(text) <= size) for text, open_ in found)
