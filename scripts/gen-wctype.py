#!/usr/bin/env python3
"""Writes libc/src/wctype/__w64_wctype_data.c: the character classes,
case mappings and column widths of every code point, as glibc's C.UTF-8
locale has them.

    python3 scripts/gen-wctype.py >libc/src/wctype/__w64_wctype_data.c

The output is committed, so the build never runs this.

The source.  glibc compiles C.UTF-8 (localedef) from two files that
Debian's `locales` package installs:

  /usr/share/i18n/locales/i18n_ctype   the classes (upper lower alpha digit
                                       space cntrl punct graph print xdigit
                                       blank) and the toupper/tolower maps,
                                       which glibc generates from Unicode's
                                       UnicodeData.txt and
                                       DerivedCoreProperties.txt
  /usr/share/i18n/charmaps/UTF-8.gz    which code points are characters
                                       (CHARMAP) and the ones whose width is
                                       not 1 (WIDTH: 0 for non-spacing and
                                       format characters, 2 for East Asian
                                       wide and full-width ones)

Reading those, rather than re-deriving the classes from Unicode's
properties, makes the tables say what glibc says by construction; the
differential test (tests/libc-native/wctype_diff.c) checks the outcome
against glibc's compiled locale at every code point.  The one rule not in
the files is localedef's width for what is not printable: 0 for U+0000,
-1 for any other non-"print" code point and for one the charmap does not
list (unassigned code points, surrogates, past U+10FFFF).

The script checks the Unicode version the files name against Python's
unicodedata (a warning if they differ) and a few invariants of the
classes (alpha and punct disjoint, graph within print, ...).

The tables.  Each code point has a "kind": its set of classes and its
width (about twenty kinds occur).  A three-level trie maps a code point
to its kind: the top table by c >> 9, a middle block of 32 entries by
(c >> 4) & 31, a leaf of 16 kinds by c & 15; identical blocks are stored
once (about 18 KB in all).  Case mappings are runs of code points with a
common step (1 or 2) and a common offset to their image, searched by
binary search.
"""
import gzip
import re
import sys
import unicodedata

I18N_CTYPE = '/usr/share/i18n/locales/i18n_ctype'
CHARMAP = '/usr/share/i18n/charmaps/UTF-8.gz'
LIMIT = 0x110000
CLASSES = ['alpha', 'blank', 'cntrl', 'graph', 'lower', 'print', 'punct', 'space', 'upper']
LEAF_BITS = 4
MID_BITS = 5


def logical_lines(block):
    """The lines of a locale source block, comments dropped and '/'
    continuations joined."""
    lines, cur = [], ''
    for ln in block.split('\n'):
        if ln.startswith('%'):
            continue
        ln = ln.rstrip()
        if ln.endswith('/'):
            cur += ln[:-1] + ' '
            continue
        lines.append(cur + ln)
        cur = ''
    return lines


def parse_ctype(path):
    text = open(path, encoding='utf-8').read()
    version = re.search(r'for Unicode (\d+\.\d+\.\d+)', text).group(1)
    body = text[text.index('\nLC_CTYPE\n'):text.index('\nEND LC_CTYPE')]
    classes, maps = {}, {}
    for ln in logical_lines(body):
        ln = ln.strip()
        m = re.match(r'^(upper|lower|alpha|digit|space|cntrl|punct|graph|print|xdigit|blank)\s+(.*)$', ln)
        if m:
            members = set()
            for item in m.group(2).split(';'):
                members.update(code_points(re.match(r'^<U([0-9A-F]+)>(?:\.\.<U([0-9A-F]+)>)?$', item.strip())))
            classes[m.group(1)] = members
            continue
        m = re.match(r'^(toupper|tolower)\s+(.*)$', ln)
        if m:
            maps[m.group(1)] = {int(a, 16): int(b, 16)
                                for a, b in re.findall(r'\(<U([0-9A-F]+)>,<U([0-9A-F]+)>\)', m.group(2))}
    return version, classes, maps


def code_points(m):
    """The range a match of <Uxxxx> with an optional second <Uyyyy> names."""
    first = int(m.group(1), 16)
    last = int(m.group(2), 16) if m.group(2) else first
    return range(first, last + 1)


def parse_charmap(path):
    text = gzip.open(path, 'rt', encoding='utf-8').read()
    chars = set()
    body = text[text.index('\nCHARMAP\n'):text.index('\nEND CHARMAP')]
    for ln in body.split('\n'):
        m = re.match(r'^<U([0-9A-F]+)>(?:\.\.<U([0-9A-F]+)>)?\s', ln)
        if m:
            chars.update(code_points(m))
    widths = {}
    body = text[text.index('\nWIDTH\n'):text.index('\nEND WIDTH')]
    for ln in body.split('\n'):
        m = re.match(r'^<U([0-9A-F]+)>(?:\.\.\.<U([0-9A-F]+)>)?\s+(\d+)', ln)
        if m:
            for c in code_points(m):
                widths[c] = int(m.group(3))
    return chars, widths


def check(version, classes):
    if version != unicodedata.unidata_version:
        print(f'gen-wctype.py: warning: {I18N_CTYPE} is Unicode {version}, '
              f'Python has {unicodedata.unidata_version}', file=sys.stderr)
    assert classes['digit'] == set(range(0x30, 0x3a))
    assert classes['xdigit'] == set(range(0x30, 0x3a)) | set(range(0x41, 0x47)) | set(range(0x61, 0x67))
    assert not classes['alpha'] & classes['punct'] and not classes['alpha'] & classes['digit']
    assert classes['upper'] | classes['lower'] <= classes['alpha']
    assert classes['graph'] <= classes['print'] and classes['blank'] <= classes['space']
    assert classes['punct'] <= classes['graph']
    for c in classes['upper']:
        assert unicodedata.category(chr(c))[0] in 'LSN', hex(c)


def case_runs(mapping):
    """(first, count, step, delta) runs covering the mapping exactly."""
    runs = []
    for c in sorted(mapping):
        delta = mapping[c] - c
        if runs:
            first, count, step, d = runs[-1]
            last = first + (count - 1) * step
            if d == delta and (count == 1 and c - last in (1, 2) or count > 1 and c - last == step):
                runs[-1] = (first, count + 1, c - last, d)
                continue
        runs.append((c, 1, 1, delta))
    return runs


def main():
    version, classes, maps = parse_ctype(I18N_CTYPE)
    chars, widths = parse_charmap(CHARMAP)
    check(version, classes)

    def width(c):
        if c == 0:
            return 0
        if c not in classes['print'] or c not in chars:
            return -1
        return widths.get(c, 1)

    # Kind 0 is "nothing": no class, width -1 (unassigned code points).
    kinds = {(0, -1): 0}
    kind_of = []
    for c in range(LIMIT):
        bits = sum(1 << i for i, name in enumerate(CLASSES) if c in classes[name])
        kind_of.append(kinds.setdefault((bits, width(c)), len(kinds)))

    leaf_size, mid_size = 1 << LEAF_BITS, 1 << MID_BITS
    leaves, leaf_index = {}, []
    for b in range(0, LIMIT, leaf_size):
        leaf_index.append(leaves.setdefault(tuple(kind_of[b:b + leaf_size]), len(leaves)))
    mids, top = {}, []
    for b in range(0, len(leaf_index), mid_size):
        block = tuple(leaf_index[b:b + mid_size])
        top.append(mids.setdefault(block, len(mids)))
    assert len(kinds) < 256 and len(mids) < 256 and len(leaves) < 65536

    out = []
    w = out.append
    w('/*')
    w(' * Generated by scripts/gen-wctype.py from glibc\'s locale sources for')
    w(f' * C.UTF-8 (Unicode {version}): {I18N_CTYPE} and')
    w(f' * {CHARMAP}.  Do not edit; run the script again.')
    w(' */')
    w('#include <stdint.h>')
    w('')
    w('#include "w64_wctype.h"')
    w('')
    w('/* Each kind: its classes and its width (-1: not printable). */')
    w(f'const struct __w64_wc_kind __w64_wc_kinds[{len(kinds)}] = {{')
    for (bits, wd) in kinds:
        names = ' | '.join(f'W64_WC_{CLASSES[i].upper()}' for i in range(len(CLASSES)) if bits >> i & 1) or '0'
        w(f'\t{{{names}, {wd}}},')
    w('};')
    w('')
    w(f'const uint8_t __w64_wc_top[{len(top)}] = {{')
    for i in range(0, len(top), 16):
        w('\t' + ', '.join(str(x) for x in top[i:i + 16]) + ',')
    w('};')
    w('')
    w(f'const uint16_t __w64_wc_mid[{len(mids)}][{mid_size}] = {{')
    for block in mids:
        w('\t{' + ', '.join(str(x) for x in block) + '},')
    w('};')
    w('')
    w(f'const uint8_t __w64_wc_leaf[{len(leaves)}][{leaf_size}] = {{')
    for block in leaves:
        w('\t{' + ', '.join(str(x) for x in block) + '},')
    w('};')
    for name, key in (('upper', 'toupper'), ('lower', 'tolower')):
        runs = case_runs(maps[key])
        w('')
        w(f'/* {key}: {{first, count, step, offset}}, by first. */')
        w(f'const struct __w64_wc_case_run __w64_wc_to{name}[{len(runs)}] = {{')
        for first, count, step, delta in runs:
            w(f'\t{{0x{first:x}, {count}, {step}, {delta}}},')
        w('};')
        w(f'const unsigned __w64_wc_to{name}_count = {len(runs)};')
    sys.stdout.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
