// How a front end uses the generated module: compiled with tsc --strict, then run with node.
import {
  ApiCode, ApiCodes, ApiGrpcField, ApiProblem, apiCategoryOf, apiError, apiMessage, apiRetired, apiTitle, isApiCode,
  isApiProblem,
} from "./api-errors.js";

// The module needs no DOM or Node.js types; this test prints with node's console.
declare const console: { log(text: string): void };

// Exhaustive: no default branch. A new code in the catalog makes this fail to compile
// ("Function lacks ending return statement"), so the front end cannot forget it.
function advice(code: ApiCode): string {
  switch (code) {
    case ApiCodes.OLD_CHECK:
      return "run the new check";
    case ApiCodes.NO_SESSION_FOUND:
      return "log in again";
    case ApiCodes.LIMIT_EXCEEDED:
      return "wait";
    case ApiCodes.ACH_PRE_CHECKS:
      return "check the bank account";
    case ApiCodes.SYSTEM_ERROR:
      return "try again later";
  }
}

// An enum field is a union: a switch over it is exhaustive too.
function grpcStatus(grpc: ApiGrpcField): number {
  switch (grpc) {
    case "INVALID_ARGUMENT":
      return 3;
    case "NOT_FOUND":
      return 5;
    case "INTERNAL":
      return 13;
  }
}

function show(problem: ApiProblem, locale: string): string {
  if (problem.code === ApiCodes.NO_SESSION_FOUND) {
    return apiMessage(problem.code, { id: 42, user: "ann" }, locale);
  }
  return advice(problem.code);
}

const body: unknown = JSON.parse('{"code":304100,"name":"NO_SESSION_FOUND","status":404}');
const wrongName: unknown = JSON.parse('{"code":304100,"name":"SYSTEM_ERROR"}');
const received: number = 304900;
const limit = { amount: 1234.5, day: new Date("2026-12-01"), host: "db", port: 3306, size: 1048576, note: false };

console.log(JSON.stringify({
  en: apiMessage(ApiCodes.NO_SESSION_FOUND, { id: 42, user: "ann" }),
  zh: apiMessage(304100, { id: 42, user: "ann" }, "zh-CN"),
  deFallsBackToDefault: apiMessage(304100, { id: "s-1", user: true }, "de-AT"),
  zhTwFallsBackToDefault: apiMessage(ApiCodes.ACH_PRE_CHECKS, undefined, "zh-TW"),
  noArguments: apiMessage(ApiCodes.ACH_PRE_CHECKS),
  titleDe: apiTitle("compliance", "de"),
  titleZh: apiTitle("ach", "zh_CN"),
  categoryOf: [apiCategoryOf(304950)?.id, apiCategoryOf(304995)?.id, apiCategoryOf(100000)?.id ?? null],
  isCode: [isApiCode(received), isApiCode(123), isApiCode("304900")],
  problem: isApiProblem(body) ? show(body, "zh-CN") : "not a problem",
  wrongName: isApiProblem(wrongName),
  advice: isApiCode(received) ? advice(received) : "unknown",
  status: apiError(304100).httpStatus,
  deprecated: apiError(ApiCodes.OLD_CHECK).deprecated,
  typedEn: apiMessage(ApiCodes.LIMIT_EXCEEDED, limit),
  typedDe: apiMessage(ApiCodes.LIMIT_EXCEEDED, limit, "de"),
  typedBigint: apiMessage(ApiCodes.LIMIT_EXCEEDED, { ...limit, amount: 12345678901234567890n, size: 9007199254740993n }),
  placeholders: apiError(ApiCodes.LIMIT_EXCEEDED).placeholders,
  alias: ApiCodes.SESSION_MISSING === ApiCodes.NO_SESSION_FOUND,
  aliases: apiError(304100).aliases,
  fields: [apiError(304100).fields, apiError(ApiCodes.SYSTEM_ERROR).fields],
  retryAfter: apiError(ApiCodes.SYSTEM_ERROR).fields.retryAfterSeconds ?? null,
  grpc: grpcStatus(apiError(304100).fields.grpc),
  retired: apiRetired,
}));
