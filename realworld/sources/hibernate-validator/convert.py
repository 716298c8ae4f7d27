#!/usr/bin/env python3
"""Converts Hibernate Validator's constraint messages into a catalog with translation files.

Input: the unmodified ValidationMessages*.properties of
org.hibernate.validator:hibernate-validator:9.1.6.Final (the jar on Maven Central; Apache License
2.0), ValidationMessages.properties being English. Output:
realworld/src/main/resources/hibernate-validator.yaml (catalog HibernateValidator, English texts,
typed placeholders) and one translation file per other locale,
realworld/src/main/resources/hibernate-validator/messages_<locale>.properties.

Every `<package>.<Constraint>.message` key is a code: the Jakarta constraints in category
`jakarta` (1xxx), Hibernate's own in `hibernate` (2xxx), its national identifiers (br, kor, pl, ru)
in `hibernate-national` (29xx, nested). Codes are numbered in the file's order; the name is the
constraint's in UPPER_SNAKE_CASE. Messages are kept word for word, except Hibernate's expression
language, which a template does not have:
- `${validatedValue}` becomes the placeholder `{validatedValue}`;
- `${inclusive == true ? 'A' : 'B'}` (DecimalMin, DecimalMax) is evaluated both ways: the
  constraint becomes two codes, DECIMAL_MAX (inclusive, A) and DECIMAL_MAX_EXCLUSIVE (B);
- a translation with any other expression (Azerbaijani's value-dependent suffix), or without a
  placeholder of the English text (Dutch EAN lacks {type}), is left out, so that locale falls
  back to English for that code; the Duration constraints, built entirely from
  expressions, and BitcoinAddress's message fragments (not `.message` keys) are left out.
Placeholder types are written in the English text only (a translation may repeat them or not).

Run: python3 convert.py          (writes the catalog and the translation files)
     python3 convert.py --check  (exits 1 if a checked-in file differs)
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from catalog_yaml import text, write_or_check  # noqa: E402

VERSION = "org.hibernate.validator:hibernate-validator:9.1.6.Final"
SKIPPED = {"DurationMax", "DurationMin"}
NATIONAL = {"br", "kor", "pl", "ru"}
# The type of each placeholder, by constraint (placeholders not listed stay untyped).
TYPES = {
    "DecimalMax": {"value": "number"}, "DecimalMin": {"value": "number"},
    "Digits": {"integer": "int", "fraction": "int"},
    "Max": {"value": "long"}, "Min": {"value": "long"},
    "Pattern": {"regexp": "string"},
    "Size": {"min": "int", "max": "int"},
    "Currency": {"value": "string"}, "EAN": {"type": "string"},
    "Length": {"min": "int", "max": "int"}, "CodePointLength": {"min": "int", "max": "int"},
    "Range": {"min": "long", "max": "long"},
    "ScriptAssert": {"script": "string"}, "ParametersScriptAssert": {"script": "string"},
    "LuhnCheck": {"validatedValue": "string"}, "Mod10Check": {"validatedValue": "string"},
    "Mod11Check": {"validatedValue": "string"},
}
INCLUSIVE = re.compile(r"\$\{inclusive == true \? '([^']*)' : '([^']*)'\}")
KEY = re.compile(r"^(jakarta\.validation\.constraints|org\.hibernate\.validator\.constraints)\.(?:(\w+)\.)?(\w+)\.message$")


def read_properties(path):
    """{key: value} of a properties file in ISO-8859-1 with \\uXXXX escapes (these files have no continuations)."""
    entries = {}
    for line in path.read_text(encoding="iso-8859-1").splitlines():
        line = line.strip()
        if not line or line[0] in "#!":
            continue
        key, _, value = line.partition("=")
        entries[key.strip()] = value.strip().encode("latin-1").decode("unicode_escape")
    return entries


def upper_snake(camel):
    """TituloEleitoral -> TITULO_ELEITORAL, KorRRN -> KOR_RRN, Mod10Check -> MOD10_CHECK."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).upper()


def codes(english):
    """[(category, name, constraint, key, inclusive)]: one per message key, two for an inclusive one."""
    found = []
    for key, value in english.items():
        match = KEY.match(key)
        if not match or match.group(3) in SKIPPED:
            continue
        sub, constraint = match.group(2), match.group(3)
        category = "jakarta" if match.group(1).startswith("jakarta") else "hibernate-national" if sub in NATIONAL else "hibernate"
        name = upper_snake(constraint)
        if INCLUSIVE.search(value):
            found.append((category, name, constraint, key, True))
            found.append((category, name + "_EXCLUSIVE", constraint, key, False))
        else:
            found.append((category, name, constraint, key, None))
    return found


def convert(value, inclusive):
    """The template for one locale's text, or None when an expression is left that a template cannot hold."""
    if inclusive is not None:
        value = INCLUSIVE.sub(lambda m: m.group(1) if inclusive else m.group(2), value)
    value = value.replace("${validatedValue}", "{validatedValue}")
    return None if "${" in value else value


def placeholders(template):
    return set(re.findall(r"\{(\w+)\}", template))


def typed(template, constraint):
    for name, kind in TYPES.get(constraint, {}).items():
        template = template.replace("{" + name + "}", "{" + name + ":" + kind + "}")
    return template


def escape(value):
    """A properties value in UTF-8: backslashes and a leading blank escaped."""
    value = value.replace("\\", "\\\\")
    return "\\" + value if value.startswith(" ") else value


def main():
    english = read_properties(HERE / "ValidationMessages.properties")
    translations = {}
    for path in sorted(HERE.glob("ValidationMessages_*.properties")):
        locale = path.stem.split("_", 1)[1].replace("_", "-")
        if locale != "en":  # ValidationMessages_en is empty on purpose: English is the base file
            translations[locale] = read_properties(path)
    all_codes = codes(english)
    numbers = {"jakarta": 1001, "hibernate": 2001, "hibernate-national": 2901}
    locales = ["en"] + list(translations)
    out = [
        "# Hibernate Validator's constraint messages. Generated by realworld/sources/hibernate-validator/convert.py",
        f"# from {VERSION} (Apache License 2.0); edit the script, not this file.",
        "catalog: HibernateValidator",
        "digits: 4",
        "locales: [" + ", ".join(locales) + "]",
        "http: 400",
        "translations:",
    ]
    out += [f"  {locale}: hibernate-validator/messages_{locale.replace('-', '_')}.properties" for locale in translations]
    out.append("categories:")
    titles = {
        "jakarta": ("Jakarta Bean Validation constraints", "1xxx"),
        "hibernate": ("Hibernate Validator constraints", "2xxx"),
        "hibernate-national": ("Hibernate Validator national identifiers", "29xx"),
    }
    files = {locale: [f"# {locale}: Hibernate Validator's messages, converted from {VERSION} (Apache License 2.0)"]
             for locale in translations}
    for category, (title, pattern) in titles.items():
        out += [f"  - id: {category}", f"    title: {text(title)}", f"    range: {pattern}", "    codes:"]
        for cat, name, constraint, key, inclusive in all_codes:
            if cat != category:
                continue
            template = convert(english[key], inclusive)
            if template is None:
                sys.exit(f"{key}: the English text has an expression the conversion does not know")
            # quoted: YAML 1.2 reads a bare NULL as null
            out.append(f"      - {{code: {numbers[category]}, name: {text(name)}, message: {text(typed(template, constraint))}}}")
            numbers[category] += 1
            for locale, entries in translations.items():
                if key in entries:
                    converted = convert(entries[key], inclusive)
                    if converted is not None and placeholders(converted) == placeholders(template):
                        files[locale].append(f"{name} = {escape(converted)}")
    write_or_check("src/main/resources/hibernate-validator.yaml", "\n".join(out) + "\n")
    for locale, lines in files.items():
        write_or_check(f"src/main/resources/hibernate-validator/messages_{locale.replace('-', '_')}.properties",
                       "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
