import { ApiCode, ApiCodes } from "./api-errors.js";
export function advice(code: ApiCode): string { // error expected: SYSTEM_ERROR is not handled
  switch (code) {
    case ApiCodes.OLD_CHECK:
    case ApiCodes.NO_SESSION_FOUND:
    case ApiCodes.ACH_PRE_CHECKS:
      return "handled";
  }
}
