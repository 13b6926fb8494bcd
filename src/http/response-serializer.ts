/**
 * The answer serializer: each answer is checked against its route's response schema. A zod object
 * drops the fields its schema does not name; `strict` (for tests) refuses such an answer instead,
 * so that a field a presenter adds without describing it fails a test rather than vanishing.
 */
import { createSerializerCompiler, serializerCompiler } from "fastify-type-provider-zod";

/** Paths of the fields `sent` has and `kept` lacks (both plain JSON). */
export function droppedFields(sent: unknown, kept: unknown, path = ""): string[] {
  if (Array.isArray(sent) && Array.isArray(kept))
    return sent.flatMap((v, i) => droppedFields(v, kept[i], `${path}[${i}]`));
  if (!isRecord(sent) || !isRecord(kept)) return [];
  return Object.entries(sent).flatMap(([k, v]) =>
    v === undefined ? [] : k in kept ? droppedFields(v, kept[k], `${path}.${k}`) : [`${path}.${k}`],
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

type Compiler = ReturnType<typeof createSerializerCompiler>;

export function responseSerializer(strict: boolean): Compiler {
  if (!strict) return serializerCompiler;
  const check = createSerializerCompiler({});
  return (route) => {
    const serialize = check(route);
    return (data) => {
      let json: string;
      try {
        json = serialize(data);
      } catch (err) {
        // The 500 says nothing of why; the test's output should.
        const cause = (err as { cause?: unknown }).cause;
        process.stderr.write(`${route.method} ${route.url}: ${String(cause ?? err)}\n`);
        throw err;
      }
      const dropped = droppedFields(JSON.parse(JSON.stringify(data)), JSON.parse(json));
      if (dropped.length > 0) {
        const message = `${route.method} ${route.url}: the response schema does not name ${dropped.join(", ")}`;
        process.stderr.write(`${message}\n`);
        throw new Error(message);
      }
      return json;
    };
  };
}
