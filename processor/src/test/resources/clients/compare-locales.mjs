// Prints, as JSON, what the compiled module gives for every request of requests.json: the message
// with its arguments (a date argument comes as an ISO day and becomes a Date, a long as a string
// of digits becomes a bigint), the category's title and the catalog locales looked in, for every
// locale asked.
import { readFileSync } from "node:fs";
import { apiMessage, apiTitle, apiError, apiLocaleCandidates } from "./out/api-errors.js";

const requests = JSON.parse(readFileSync("requests.json", "utf8"));
const results = [];
for (const { code, args, types, locales } of requests) {
  const values = {};
  for (const [name, value] of Object.entries(args)) {
    values[name] = types[name] === "date" ? new Date(value + "T00:00:00Z") : types[name] === "long" ? BigInt(value) : value;
  }
  for (const locale of locales) {
    results.push({ code, locale, message: apiMessage(code, values, locale), title: apiTitle(apiError(code).category, locale),
      candidates: apiLocaleCandidates(locale) });
  }
}
console.log(JSON.stringify(results));
