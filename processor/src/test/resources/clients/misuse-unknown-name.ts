import { ApiCodes } from "./api-errors.js";
export const code = ApiCodes.NO_SUCH_CODE; // error expected: not a name
