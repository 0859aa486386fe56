#!/usr/bin/env python3
"""Derive the Arabic-script name spellings resource from Wikidata English/Arabic name pairs.

Usage (from the repository root):
    python3 tools/derive-arabic-name-spellings.py <wd_arabic.normalized.aligned.tokens>

The input is the token-aligned English/Arabic person-name file published with Merhav & Ash,
"Design Challenges in Named Entity Transliteration" (COLING 2018), repository
steveash/NETransliteration-COLING2018, data/wd_arabic.normalized.aligned.tokens: Wikidata labels,
CC0. Each line is `latin<TAB>space-separated Arabic letters<TAB>count`.

Writes core/src/main/resources/org/tutela/core/names/equivalents/ar-latin-spellings.txt: one line
per unvowelled Arabic-script name word with the Latin spellings Wikidata uses for it most
(محمد, Mohamed, Mohammed, Muhammad, Mohammad). Kept: words seen at least MIN_TOTAL times; spellings
seen at least MIN_COUNT times that make at least MIN_SHARE of the word's uses and whose first letter
can stand for the Arabic first letter (which drops alignment noise such as الله = granada). Letters
are folded as Tutela's normaliser folds them (hamza forms of alef, alef maqsura, Persian ya and kaf);
the article ال is split off, as the analyser splits it. No counts are kept.
"""
import collections, datetime, os, sys, unicodedata

MIN_TOTAL = 3
MIN_COUNT = 2
MIN_SHARE = 0.08
MAX_SPELLINGS = 6
OUT = os.path.join('core', 'src', 'main', 'resources', 'org', 'tutela', 'core', 'names', 'equivalents',
                   'ar-latin-spellings.txt')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ے': 'ي', 'ک': 'ك', 'ہ': 'ه',
                      'ھ': 'ه', 'ۀ': 'ه', 'ؤ': 'و', 'ـ': None})
VOWELS = set('aeiouy')
FIRST = {
    'ا': VOWELS, 'ع': VOWELS | {'\''}, 'ب': set('bpv'), 'ت': set('t'), 'ث': set('ts'), 'ج': set('jgdz'),
    'ح': set('hk'), 'خ': set('khx'), 'د': set('d'), 'ذ': set('dzt'), 'ر': set('r'), 'ز': set('zs'), 'س': set('sc'),
    'ش': set('sc'), 'ص': set('s'), 'ض': set('dz'), 'ط': set('t'), 'ظ': set('zdt'), 'غ': set('gr'),
    'ف': set('fpv'), 'ق': set('kqg'), 'ك': set('kcqg'), 'ل': set('l'), 'م': set('m'), 'ن': set('n'),
    'ه': set('hea'), 'و': set('wvou'), 'ي': set('yije'), 'پ': set('p'), 'چ': set('c'), 'ژ': set('zj'),
    'گ': set('g'), 'ئ': VOWELS, 'ء': VOWELS,
}


def latin(word):
    folded = unicodedata.normalize('NFKD', word.lower())
    out = ''.join(c for c in folded if 'a' <= c <= 'z')
    return out if len(out) >= 2 and len(out) == sum(1 for c in folded if c.isalpha()) else None


def arabic(letters):
    word = ''.join(letters.split()).translate(FOLD)
    word = ''.join(c for c in word if not ('\u064b' <= c <= '\u065f' or c == '\u0670'))
    return word if word and all('\u0600' <= c <= '\u06ff' for c in word) else None


def without_article(ar, lat):
    """ال + name: the name, and its Latin spelling without al-, el- or an assimilated article (ar-, ash-)."""
    if not ar.startswith('ال') or len(ar) < 4 or ar == 'الله':
        return ar, lat
    rest = ar[2:]
    for prefix in ('al', 'el', 'ul'):
        if lat.startswith(prefix) and len(lat) - len(prefix) >= 3:
            return rest, lat[len(prefix):]
    if len(lat) > 4 and lat[0] in 'ae' and lat[1] == lat[2] and lat[1] not in VOWELS:
        return rest, lat[2:]
    return rest, lat


def main(path):
    counts = collections.defaultdict(collections.Counter)
    with open(path, encoding='utf-8') as f:
        for line in f:
            fields = line.rstrip('\n').split('\t')
            if len(fields) < 3:
                continue
            lat, ar = latin(fields[0]), arabic(fields[1])
            if lat is None or ar is None:
                continue
            ar, lat = without_article(ar, lat)
            if len(ar) < 2:
                continue
            counts[ar][lat] += int(fields[2])
    lines = []
    for ar, spellings in counts.items():
        total = sum(spellings.values())
        if total < MIN_TOTAL:
            continue
        allowed = FIRST.get(ar[0])
        kept = [s for s, c in spellings.most_common()
                if c >= MIN_COUNT and c / total >= MIN_SHARE and (allowed is None or s[0] in allowed)][:MAX_SPELLINGS]
        if kept:
            lines.append((-total, ar, kept))
    lines.sort()
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# Arabic-script name words and the Latin spellings they are most often given in Wikidata labels\n'
                  '# (محمد: Mohamed, Mohammed, Muhammad, Mohammad). Unvowelled Arabic does not say which vowels a\n'
                  '# name has; these are the vowels usage gives it.\n'
                  '# Derived ' + datetime.date.today().isoformat() + ' by tools/derive-arabic-name-spellings.py from\n'
                  '# data/wd_arabic.normalized.aligned.tokens of steveash/NETransliteration-COLING2018\n'
                  '# (https://github.com/steveash/NETransliteration-COLING2018; Merhav & Ash, COLING 2018), Wikidata\n'
                  '# labels, CC0 1.0. Kept: words seen at least %d times, spellings seen at least %d times and in at\n'
                  '# least %d%% of the word\'s uses, at most %d a word, first letters that fit; no counts.\n'
                  '# kind: equivalent\n'
                  '# Format: names of one line are forms of one name. Curators may edit, add or remove lines.\n'
                  % (MIN_TOTAL, MIN_COUNT, round(MIN_SHARE * 100), MAX_SPELLINGS))
        for _, ar, kept in lines:
            out.write(ar + ', ' + ', '.join(kept) + '\n')
    print(len(lines), 'lines written to', OUT)


if __name__ == '__main__':
    main(sys.argv[1])
