/**
 * The layer rules (docs/ARCHITECTURE.md, "Layers"), enforced by ESLint's own
 * `no-restricted-imports` in `npm run check`: which folder may import which. Tests, benchmarks and
 * the browser tests are free to reach into any layer.
 */
const LAYERS = "domain|store|services|http|cli|demo";
const SERVER_ONLY = "store|services|http|cli|demo";
/** An import of one of `folders` of src/, however many `../` it takes. */
const into = (folders) => `^(\\.\\./)+(src/)?(${folders})/`;
const intoTop = (files) => `^(\\.\\./)+(src/)?(${files})\\.js$`;

const rule = (message, ...regexes) => [
  "error",
  { patterns: regexes.map((regex) => ({ regex, message })) },
];

const NO_SQL_IN_SERVICES =
  "src/services holds rules, authorization and transactions, not SQL: write this statement as a function of a repository in src/store (e.g. src/store/reports-repo.ts) that takes a `Db | Tx` and returns domain values, and call it with the service's transaction.";

export const LAYER_RULES = [
  {
    files: ["src/domain/**/*.ts"],
    ignores: ["**/*.test.ts", "**/test-*.ts"],
    rules: {
      "no-restricted-imports": rule(
        "src/domain holds pure rules: it imports nothing of ours with I/O (store, services, http, cli, demo) and no I/O library.",
        into(SERVER_ONLY),
        intoTop("runtime|config|project-root"),
        "^node:(fs|fs/promises|child_process|net|http|https|dgram|worker_threads)$",
        "^(pg|kysely|fastify|@fastify/.*|@electric-sql/.*|pino)$",
      ),
    },
  },
  {
    files: ["src/store/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": rule(
        "src/store imports only src/domain (and database libraries): use cases live in services.",
        into("services|http|cli|demo"),
        intoTop("runtime|config"),
      ),
    },
  },
  {
    files: ["src/services/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": rule(
        "src/services imports src/domain and src/store only: HTTP and the command line call services, not the reverse.",
        into("http|cli|demo"),
        intoTop("runtime|config"),
      ),
    },
  },
  {
    // Services open transactions (`db.transaction()`) and pass them on; the statements themselves
    // are written once, in the repositories.
    files: ["src/services/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "CallExpression[callee.property.name=/^(selectFrom|selectNoFrom|insertInto|updateTable|deleteFrom|mergeInto)$/]",
          "ImportDeclaration[source.value='kysely'] > ImportSpecifier[imported.name='sql']",
        ].map((selector) => ({ selector, message: NO_SQL_IN_SERVICES })),
      ],
    },
  },
  {
    files: ["src/http/**/*.ts", "src/cli/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": rule(
        "HTTP and the command line reach the database through services, never a repository.",
        into("store") + "(?!database\\.js$|schema\\.js$|data-dir-lock\\.js$)",
      ),
    },
  },
  {
    files: ["web/src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": rule(
        "The browser imports only the generated API types (web/src/api) and pure src/domain modules.",
        `^(\\.\\./)+src/(${SERVER_ONLY})/`,
        `^(\\.\\./)+src/(runtime|config|project-root|version)\\.js$`,
      ),
    },
  },
];

export const LAYER_NAMES = LAYERS;
