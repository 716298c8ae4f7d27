
// ---- How messages are filled in (the same rules as the generated Java) ----

/** A placeholder of a message: its name and, where the catalog types it, its type. */
interface Placeholder {
  readonly name: string;
  readonly type: string;
}

/** The language codes Java's `Locale` replaces (it reads `iw` as `he`). */
const REPLACED_LANGUAGES: Readonly<Record<string, string>> = { iw: "he", in: "id", ji: "yi" };

/**
 * The language, script and region of a tag as Java's `Locale.forLanguageTag` reads them, in
 * canonical case (`zh-hant-tw` is `zh`, `Hant`, `TW`): an extlang stands for the language
 * (`zh-yue-HK` is `yue-HK`), `iw`, `in` and `ji` are `he`, `id` and `yi`, `und` or an ill-formed
 * language is none, and variants, extensions and private use are skipped. `_` is read as `-`.
 */
function languageScriptRegion(tag: string): [string, string, string] {
  const subtags = tag.replace(/_/g, "-").toLowerCase().split("-");
  let language = subtags[0] ?? "";
  if (!/^([a-z]{2,3}|[a-z]{5,8})$/.test(language)) {
    return ["", "", ""];
  }
  let next = 1;
  for (let extlangs = 0; language.length <= 3 && extlangs < 3 && /^[a-z]{3}$/.test(subtags[next] ?? ""); extlangs++) {
    language = extlangs === 0 ? (subtags[next] ?? language) : language;
    next += 1;
  }
  language = REPLACED_LANGUAGES[language] ?? language;
  let script = subtags[next] ?? "";
  if (/^[a-z]{4}$/.test(script)) {
    script = script.charAt(0).toUpperCase() + script.substring(1);
    next += 1;
  } else {
    script = "";
  }
  const region = subtags[next] ?? "";
  return [language === "und" ? "" : language, script, /^([a-z]{2}|[0-9]{3})$/.test(region) ? region.toUpperCase() : ""];
}

/** One candidate as a tag: `zh-Hant-TW`. */
function joinTag(language: string, script: string, region: string): string {
  return language + (script === "" ? "" : "-" + script) + (region === "" ? "" : "-" + region);
}

/** `ResourceBundle.Control`'s list for a language, script and region, without the root. */
function defaultCandidates(language: string, script: string, region: string): string[] {
  const list: string[] = [];
  if (region !== "") {
    list.push(joinTag(language, script, region));
  }
  if (script !== "") {
    list.push(joinTag(language, script, ""));
    // Java's implied region of a Chinese script without one: zh-Hant goes on to zh-TW, zh-Hans to zh-CN
    const implied = language === "zh" && region === "" ? ({ Hans: "CN", Hant: "TW" } as Record<string, string>)[script] : undefined;
    if ((implied ?? region) !== "") {
      list.push(joinTag(language, "", implied ?? region));
    }
  }
  list.push(language);
  return list;
}

/**
 * The locales Java's ResourceBundle looks in for `wanted`, most specific first, without the root:
 * exactly `ResourceBundle.Control.getCandidateLocales` for `Locale.forLanguageTag(wanted)`, with
 * Java's implied scripts for Chinese (`zh-TW`, `zh-HK` and `zh-MO` find `zh-Hant`; `zh-CN` and
 * `zh-SG` find `zh-Hans`) and Norwegian's `nb` and `no` standing in for each other.
 */
function candidateLocales(wanted: string): string[] {
  const [language, givenScript, region] = languageScriptRegion(wanted);
  if (language === "") {
    return [];
  }
  let script = givenScript;
  if (language === "zh" && script === "" && region !== "") {
    script = ({ TW: "Hant", HK: "Hant", MO: "Hant", CN: "Hans", SG: "Hans" } as Record<string, string>)[region] ?? "";
  }
  if (language === "nb" || language === "no") {
    const other = language === "nb" ? "no" : "nb";
    return defaultCandidates(language, script, region).flatMap((tag) => [tag, other + tag.substring(2)]);
  }
  return defaultCandidates(language, script, region);
}

/**
 * The catalog locales a text is looked up in for `wanted`, as the generated Java's
 * `message(Locale)` does: its candidates the catalog declares, in order, ending with the default
 * (first) locale, which has every text.
 */
function catalogCandidates<L extends string>(locales: readonly [L, ...L[]], wanted: string | undefined): L[] {
  const chain: L[] = [];
  for (const candidate of wanted === undefined ? [] : candidateLocales(wanted)) {
    const declared = locales.find((locale) => locale === candidate);
    if (declared !== undefined && !chain.includes(declared)) {
      chain.push(declared);
    }
    if (declared === locales[0]) {
      return chain;
    }
  }
  chain.push(locales[0]);
  return chain;
}

/**
 * The text for `wanted`: the first catalog candidate's own text (`inherited` lists the locales
 * whose entry in `texts` only repeats another locale's), else the default locale's.
 */
function resolveText<L extends string>(
  texts: { readonly [K in L]: string },
  inherited: readonly string[] | undefined,
  locales: readonly [L, ...L[]],
  wanted: string | undefined,
): string {
  return texts[resolveTextLocale(inherited, locales, wanted)];
}

/** The catalog locale whose own text Java shows for `wanted`: its first candidate with a text of its own, else the default. */
function resolveTextLocale<L extends string>(
  inherited: readonly string[] | undefined,
  locales: readonly [L, ...L[]],
  wanted: string | undefined,
): L {
  for (const candidate of catalogCandidates(locales, wanted)) {
    if (inherited === undefined || !inherited.includes(candidate)) {
      return candidate;
    }
  }
  return locales[0];
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
