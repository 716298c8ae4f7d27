import { apiMessage } from "./api-errors.js";
apiMessage(123456); // error expected: not a code
