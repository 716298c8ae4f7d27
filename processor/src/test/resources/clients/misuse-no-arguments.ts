import { ApiCodes, apiMessage } from "./api-errors.js";
apiMessage(ApiCodes.NO_SESSION_FOUND); // error expected: the message has placeholders
