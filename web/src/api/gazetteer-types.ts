/** The gazetteer's answers, by the generated API types. */
import type { Answer } from "./answers.js";

export type GazetteerPlace = Answer<"/api/v1/gazetteer/places/{id}", "get">;
export type GazetteerImport = Answer<"/api/v1/gazetteer/imports", "post">;
