import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // an argument kept for its type only (e.g. the `Secretariat` proof an admin query takes first) is named _x
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_" }] } },
  // Playwright fixtures receive a `use` callback that is not React's hook
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", ".next-*/**", "out/**", "build/**", "next-env.d.ts", "lib/generated/**", "playwright-report/**", "test-results/**", "coverage/**", ".data/**"]),
]);
