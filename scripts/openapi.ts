// `npm run openapi`: write the OpenAPI document the routes describe (docs/openapi.json) and the
// browser's API types generated from it (web/src/api/openapi.gen.ts). src/http/openapi.test.ts
// fails when either committed file differs from what the code gives.
import { writeFileSync } from "node:fs";
import { OPENAPI_PATH, openApiDocument, serialiseOpenApi } from "../src/http/openapi.js";
import { WEB_TYPES_PATH, webApiTypes } from "./web-api-types.js";

const doc = await openApiDocument();
writeFileSync(OPENAPI_PATH, serialiseOpenApi(doc));
writeFileSync(WEB_TYPES_PATH, await webApiTypes(doc));
console.log(`Wrote ${OPENAPI_PATH} and ${WEB_TYPES_PATH}.`);
