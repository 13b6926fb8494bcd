import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { LAYER_RULES } from "./layers.config.js";

const API_TYPES_MESSAGE =
  "web/src/api describes the server's answers with the generated types: Answer<path, method> (answers.ts) or an indexed access into it, not a hand-written shape (run `npm run openapi` after changing a response schema).";

export default tseslint.config(
  {
    ignores: ["node_modules", "data", "dist", "coverage", "web/dist", "web/src/api/openapi.gen.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    // The single-page app runs in the browser, not in Node.
    files: ["web/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // The browser's types of the API's answers are read off openapi.gen.ts (answers.ts), never
    // written again by hand (docs/ARCHITECTURE.md): no interface, and no object type except a
    // pattern that picks from the generated types (a conditional type's `extends`, Extract,
    // Exclude). client.ts is the transport, whose options are the browser's own.
    files: ["web/src/api/**/*.ts"],
    ignores: ["web/src/api/client.ts", "**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSInterfaceDeclaration",
          message: API_TYPES_MESSAGE,
        },
        {
          selector: `TSTypeLiteral:not(${[
            "TSConditionalType > .extendsType",
            "TSConditionalType > .extendsType TSTypeLiteral",
            "TSTypeReference[typeName.name=/^(Extract|Exclude)$/] > TSTypeParameterInstantiation > TSTypeLiteral",
          ].join(", ")})`,
          message: API_TYPES_MESSAGE,
        },
      ],
    },
  },
  {
    files: ["web/sw/**/*.ts"],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  ...LAYER_RULES,
);
