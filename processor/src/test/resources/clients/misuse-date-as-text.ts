import { ApiCodes, apiMessage } from "./api-errors.js";
apiMessage(ApiCodes.LIMIT_EXCEEDED, { amount: 1, day: "2026-12-01", host: "db", port: 1, size: 1, note: 1 }); // error expected: day is a date
