import { ApiGrpcField } from "./api-errors.js";
export const grpc: ApiGrpcField = "UNAVAILABLE"; // error expected: not a value of the field
