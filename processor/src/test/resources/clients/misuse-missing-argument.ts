import { ApiCodes, apiMessage } from "./api-errors.js";
apiMessage(ApiCodes.NO_SESSION_FOUND, { id: 42 }); // error expected: no user
