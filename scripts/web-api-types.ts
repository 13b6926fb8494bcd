// The browser's API types, generated from the OpenAPI document by openapi-typescript: no server
// answer is typed by hand in web/.
import openapiTS, { astToString } from "openapi-typescript";

export const WEB_TYPES_PATH = "web/src/api/openapi.gen.ts";

const HEADER =
  "// Generated from docs/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n";

export async function webApiTypes(doc: unknown): Promise<string> {
  const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}
