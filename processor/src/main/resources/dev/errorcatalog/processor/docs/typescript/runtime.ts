
// ---- How messages are filled in (the same rules as the generated Java) ----

/** A placeholder of a message: its name and, where the catalog types it, its type. */
interface Placeholder {
  readonly name: string;
  readonly type: string;
}

/**
 * The catalog locale for `wanted`, resolved as Java's ResourceBundle does: the exact tag, then
 * its language alone, then the default (first) locale. Case-insensitive; `_` is read as `-`.
 */
function resolveLocale(locales: readonly [string, ...string[]], wanted: string | undefined): string {
  if (wanted !== undefined) {
    const tag = wanted.replace(/_/g, "-").toLowerCase();
    const language = tag.split("-")[0];
    for (const candidate of [tag, language]) {
      const found = locales.find((locale) => locale.toLowerCase() === candidate);
      if (found !== undefined) {
        return found;
      }
    }
  }
  return locales[0];
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
