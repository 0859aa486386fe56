#!/usr/bin/env python3
"""Derive Tutela's compact name-equivalence resources from the shared name data.

Usage (from the repository root, with the shared data checked out next to it):
    python3 tools/derive-name-resources.py ../shared/data/names

Writes, under core/src/main/resources/org/tutela/core/names/equivalents/:
  uk-ru-given-names.txt   Ukrainian = Russian given names and patronymics
                          (from dchaplinsky/names-translator legacy_ua2ru.csv, MIT licence)
  ru-diminutives.txt      Russian given names, their Latin spellings and diminutives
                          (from solovevserg/alenka src/data/names.json, ISC licence)
Only name pairs are kept (no counts, no surnames); each file's header names its source and
licence. The files are the project's data from then on: curators edit them by hand.
"""
import csv, json, os, sys, datetime

LOOKALIKE = str.maketrans({'i': 'і', 'I': 'І', 'a': 'а', 'A': 'А', 'e': 'е', 'E': 'Е', 'o': 'о', 'O': 'О', 'c': 'с', 'C': 'С', 'p': 'р', 'P': 'Р', 'x': 'х', 'X': 'Х', 'y': 'у', 'H': 'Н', 'K': 'К', 'M': 'М', 'T': 'Т', 'B': 'В'})
PATRONYMIC_RU = ('ович', 'евич', 'овна', 'евна', 'ична', 'инична')
OUT = os.path.join('core', 'src', 'main', 'resources', 'org', 'tutela', 'core', 'names', 'equivalents')


def cyr(word):
    # the source mixes Latin look-alike letters into Cyrillic words (Сергiївна)
    return word.strip().translate(LOOKALIKE).lower().capitalize()


def given_stems(patronymic):
    for suffix in ('ьевич', 'ьевна', 'евич', 'евна', 'ович', 'овна'):
        if patronymic.endswith(suffix):
            stem = patronymic[:-len(suffix)]
            return {stem, stem + 'й', stem + 'ий', stem + 'ей', stem + 'а'}
    return set()


def main(shared):
    today = datetime.date.today().isoformat()
    with open(os.path.join(shared, 'ru-given-names-diminutives.json'), encoding='utf-8') as f:
        diminutives = json.load(f)
    rows = []
    with open(os.path.join(shared, 'ua-ru-name-equivalents.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            uk, ru = cyr(row['uk']), cyr(row['ru'])
            if uk != ru and uk.isalpha() and ru.isalpha():
                rows.append((uk, ru))
    known_given = {n.lower() for n in diminutives}
    for _, ru in rows:
        known_given |= {s.lower() for s in given_stems(ru.lower())}
    pairs = sorted({(uk, ru) for uk, ru in rows
                    if ru.lower().endswith(PATRONYMIC_RU) or ru.lower() in known_given})
    with open(os.path.join(OUT, 'uk-ru-given-names.txt'), 'w', encoding='utf-8') as out:
        out.write('# Ukrainian and Russian forms of the same given name or patronymic.\n'
                  '# Derived ' + today + ' by tools/derive-name-resources.py from legacy_ua2ru.csv of\n'
                  '# dchaplinsky/names-translator (https://github.com/dchaplinsky/names-translator), MIT licence,\n'
                  '# copyright Dmytro Chaplynskyi. Kept: given names and patronymics only, look-alike Latin\n'
                  '# letters folded to Cyrillic, duplicates removed.\n'
                  '# kind: equivalent\n'
                  '# Format: names of one line are forms of one name; "a, b = c" marks c as a short form.\n')
        for uk, ru in pairs:
            out.write(uk + ', ' + ru + '\n')
    with open(os.path.join(OUT, 'ru-diminutives.txt'), 'w', encoding='utf-8') as out:
        out.write('# Russian given names with their Latin spellings (left of "=") and diminutives (right).\n'
                  '# Derived ' + today + ' by tools/derive-name-resources.py from src/data/names.json of\n'
                  '# solovevserg/alenka (https://github.com/solovevserg/alenka), ISC licence, copyright\n'
                  '# Sergey Solovev. Kept: the name and its variants; Cyrillic variants are taken as diminutives.\n'
                  '# kind: diminutive\n')
        for name in sorted(diminutives):
            variants = diminutives[name].get('variants', [])
            latin = [v for v in variants if v.isascii()]
            short = [v for v in variants if not v.isascii() and v != name]
            out.write(', '.join([name] + latin) + (' = ' + ', '.join(short) if short else '') + '\n')
    print('uk-ru pairs:', len(pairs), ' ru names:', len(diminutives))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'data', 'names'))
