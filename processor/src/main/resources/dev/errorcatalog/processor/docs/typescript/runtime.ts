
// ---- How messages are filled in (the same rules as the generated Java) ----

/** A placeholder of a message: its name and, where the catalog types it, its type. */
interface Placeholder {
  readonly name: string;
  readonly type: string;
}

/**
 * The catalog locale for `wanted`, resolved as the generated Java's `message(Locale)` does (it
 * follows Java's ResourceBundle): the catalog locale with the same language and region, then the
 * one with the language alone, then the default (first) locale. `wanted` is read as Java's
 * `Locale.forLanguageTag` reads it: case-insensitive, a script (`zh-Hant-TW`) and anything after
 * the region skipped; `_` is read as `-`. A regional catalog locale without its own text already
 * holds its language's (or the default's) in the data, so the text is that locale's entry.
 */
function resolveLocale(locales: readonly [string, ...string[]], wanted: string | undefined): string {
  if (wanted === undefined) {
    return locales[0];
  }
  const [language, region] = languageAndRegion(wanted);
  let languageOnly: string | undefined;
  for (const locale of locales) {
    const [candidateLanguage, candidateRegion] = languageAndRegion(locale);
    if (candidateLanguage === language) {
      if (candidateRegion === region) {
        return locale;
      }
      if (candidateRegion === "" && languageOnly === undefined) {
        languageOnly = locale;
      }
    }
  }
  return languageOnly ?? locales[0];
}

/** The language and region of a locale tag, in lower case; the region is empty when the tag has none. */
function languageAndRegion(tag: string): [string, string] {
  const subtags = tag.replace(/_/g, "-").toLowerCase().split("-");
  let next = 1;
  if (/^[a-z]{4}$/.test(subtags[next] ?? "")) {
    next += 1;
  }
  const region = subtags[next] ?? "";
  return [subtags[0] ?? "", /^([a-z]{2}|[0-9]{3})$/.test(region) ? region : ""];
}

/**
 * The locale arguments are formatted for: the one asked for, as Java formats for the `Locale` it is
 * given (`de-CH` groups digits the Swiss way even where the text is `de`'s), else, when `wanted` is
 * missing or not a well-formed tag, the catalog locale it resolved to.
 */
function formatLocale(wanted: string | undefined, resolved: string): string {
  if (wanted !== undefined) {
    try {
      const canonical = Intl.getCanonicalLocales(wanted.replace(/_/g, "-"))[0];
      if (canonical !== undefined) {
        return canonical;
      }
    } catch {
      // not a well-formed tag: formatted for the catalog locale instead
    }
  }
  return resolved;
}

/**
 * One argument as the Java exception shows it in `locale`: a `number` in the locale's decimal
 * format with every fraction digit it has, a `date` in the locale's medium style (a calendar
 * day, so read in UTC), anything else as `String(value)` (plain digits for int and long).
 */
function formatValue(value: unknown, type: string, locale: string): string {
  if (type === "number" && (typeof value === "number" || typeof value === "bigint")) {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(value);
  }
  if (type === "date" && value instanceof Date) {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(value);
  }
  return String(value);
}

/** `template` with every `{name}` replaced by its argument; `{{` and `}}` are literal braces. */
function fillTemplate(
  template: string,
  placeholders: readonly Placeholder[],
  args: Readonly<Record<string, unknown>>,
  locale: string,
): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template.charAt(i);
    if ((c === "{" || c === "}") && template.charAt(i + 1) === c) {
      out += c;
      i += 2;
    } else if (c === "{") {
      const end = template.indexOf("}", i + 1);
      const name = template.substring(i + 1, end);
      const placeholder = placeholders.find((p) => p.name === name);
      out += formatValue(args[name], placeholder === undefined ? "" : placeholder.type, locale);
      i = end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}
