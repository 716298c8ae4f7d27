import { ApiCodes, apiMessage } from "./api-errors.js";
apiMessage(ApiCodes.LIMIT_EXCEEDED, { amount: 1, day: new Date(), host: "db", port: "3306", size: 1, note: 1 }); // error expected: port is an int
