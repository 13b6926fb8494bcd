import type { FastifyInstance } from "fastify";
import type { Deps } from "../../services/deps.js";

// Evidence upload and download: see the evidence work in progress.
export function evidenceRoutes(_app: FastifyInstance, _deps: Deps) {}
