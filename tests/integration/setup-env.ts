import { inject } from "vitest";
import { assertTestDatabase } from "../helpers/database";

// Set before any module reads the configuration (lib/env.ts).
const url = inject("databaseUrl");
assertTestDatabase(url);
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
process.env.APP_URL ??= "http://localhost:3999";
process.env.MAIL_FROM ??= "WSIS Forum Secretariat <wsis-info@test.local>";
