
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

/**
 * `template` with every `{name}` replaced by its argument, and every `{name, plural, ...}` and
 * `{name, select, ...}` block by the branch its argument chooses (an exact match such as `=0`,
 * else the CLDR category `plural` gives, else `other`); `{{` and `}}` are literal braces. The
 * text is scanned as the generated Java scans it: inside a branch a `}}` is a literal brace only
 * while a literal `{{` of the branch is open; `#` in a plural branch shows the number.
 */
function fillTemplate(
  template: string,
  placeholders: readonly Placeholder[],
  args: Readonly<Record<string, unknown>>,
  locale: string,
  plural?: (n: number) => string,
): string {
  const context: FillContext = { placeholders, args, locale, plural: plural ?? (() => "other") };
  return fillRange(template, 0, template.length, context, undefined);
}

/** What filling a template needs besides the text. */
interface FillContext {
  readonly placeholders: readonly Placeholder[];
  readonly args: Readonly<Record<string, unknown>>;
  readonly locale: string;
  readonly plural: (n: number) => string;
}

/** The text from `from` to `to` filled in; `number` is what `#` shows (none outside a plural branch). */
function fillRange(t: string, from: number, to: number, context: FillContext, number: string | undefined): string {
  let out = "";
  let i = from;
  while (i < to) {
    const c = t.charAt(i);
    if ((c === "{" || c === "}") && i + 1 < to && t.charAt(i + 1) === c) {
      out += c;
      i += 2;
    } else if (c === "#" && number !== undefined) {
      out += number;
      i += 1;
    } else if (c === "{") {
      const end = argumentEnd(t, i);
      const comma = t.indexOf(",", i);
      if (comma < 0 || comma > t.indexOf("}", i)) {
        const name = t.substring(i + 1, end);
        const placeholder = context.placeholders.find((p) => p.name === name);
        out += formatValue(context.args[name], placeholder === undefined ? "" : placeholder.type, context.locale);
      } else {
        out += fillBlock(t, i, comma, end, context, number);
      }
      i = end + 1;
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** The index of the `}` that closes the placeholder or block whose `{` is at `open`. */
function argumentEnd(t: string, open: number): number {
  const close = t.indexOf("}", open);
  const comma = t.indexOf(",", open);
  if (comma < 0 || comma > close) {
    return close;
  }
  let i = t.indexOf(",", comma + 1) + 1;
  for (;;) {
    while (/\s/.test(t.charAt(i))) {
      i += 1;
    }
    if (t.charAt(i) === "}") {
      return i;
    }
    i = branchEnd(t, t.indexOf("{", i) + 1) + 1;
  }
}

/** The index of the `}` that closes the branch whose text starts at `start`. */
function branchEnd(t: string, start: number): number {
  let literals = 0;
  let i = start;
  for (;;) {
    const c = t.charAt(i);
    if (c === "{") {
      if (t.charAt(i + 1) === "{") {
        literals += 1;
        i += 2;
      } else {
        i = argumentEnd(t, i) + 1;
      }
    } else if (c === "}") {
      if (literals > 0 && t.charAt(i + 1) === "}") {
        literals -= 1;
        i += 2;
      } else {
        return i;
      }
    } else {
      i += 1;
    }
  }
}

/**
 * A whole number's magnitude as the plural rules read it. CLDR's rules look at nothing past the
 * last six digits (moduli are at most 10^6, ranges end below it), so a magnitude of 2,000,000 or
 * more is read as 2,000,000 plus its last six digits: exact for a bigint of any size.
 */
function pluralMagnitude(value: unknown): number {
  if (typeof value === "bigint") {
    const magnitude = value < BigInt(0) ? -value : value;
    return magnitude >= BigInt(2000000) ? 2000000 + Number(magnitude % BigInt(1000000)) : Number(magnitude);
  }
  const magnitude = Math.abs(Math.trunc(Number(value)));
  return magnitude >= 2000000 ? 2000000 + (magnitude % 1000000) : magnitude;
}

/** The chosen branch of the block at `open`, filled in. */
function fillBlock(t: string, open: number, comma: number, end: number, context: FillContext, number: string | undefined): string {
  const value = context.args[t.substring(open + 1, comma).trim()];
  const kindEnd = t.indexOf(",", comma + 1);
  const plural = t.substring(comma + 1, kindEnd).trim() === "plural";
  const shown = plural ? String(value ?? 0) : number;
  const exact = plural ? "=" + shown : undefined;
  const category = plural ? context.plural(pluralMagnitude(value ?? 0)) : String(value);
  let chosen = -1;
  let other = -1;
  let i = kindEnd + 1;
  for (;;) {
    while (/\s/.test(t.charAt(i))) {
      i += 1;
    }
    if (i >= end) {
      break;
    }
    const brace = t.indexOf("{", i);
    const selector = t.substring(i, brace).trim();
    if (selector === exact) {
      chosen = brace;
      break;
    }
    if (selector === category && chosen < 0) {
      chosen = brace;
    }
    if (selector === "other") {
      other = brace;
    }
    i = branchEnd(t, brace + 1) + 1;
  }
  const from = (chosen >= 0 ? chosen : other) + 1;
  return fillRange(t, from, branchEnd(t, from), context, shown);
}
