import { ApiCodes, apiMessage } from "./api-errors.js";
apiMessage(ApiCodes.ACH_PRE_CHECKS, { step: 1 }); // error expected: the message has no placeholder
