import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const exec = promisify(execFile);

// The standard Prisma CLI, unchanged, on a machine that cannot download its schema engine:
// prisma.config.ts points it at scripts/schema-engine-bridge (the WASM engine).
const database = `cli_${Date.now().toString(36)}`;
let url: string;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${database}`;
  url = u.toString();
});

afterAll(async () => {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
});

const prisma = (...args: string[]) => exec("node_modules/.bin/prisma", args, { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });

describe("the Prisma CLI works offline through the WASM engine bridge", () => {
  test("migrate deploy, then status and diff report no difference", async () => {
    const deploy = await prisma("migrate", "deploy");
    expect(deploy.stdout).toMatch(/All migrations have been successfully applied|No pending migrations/);

    const status = await prisma("migrate", "status");
    expect(status.stdout).toContain("Database schema is up to date!");

    const diff = await prisma("migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code");
    expect(diff.stdout).toContain("No difference detected.");
  }, 60_000);
});
