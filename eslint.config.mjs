import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // an argument kept for its type only (e.g. the `Secretariat` proof an admin query takes first) is named _x
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }] } },
  // a Secretariat is made by requireSecretariat() alone (tests stand in for it in tests/helpers/secretariat.ts)
  {
    ignores: ["lib/auth/session.ts", "tests/helpers/secretariat.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "TSAsExpression > TSTypeReference[typeName.name='Secretariat']", message: "Get a Secretariat from requireSecretariat(), never by a cast." },
      ],
    },
  },
  // Playwright fixtures receive a `use` callback that is not React's hook
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "bench/floor/.next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "playwright-report/**",
    "test-results/**",
    "coverage/**",
    ".data/**",
  ]),
]);
