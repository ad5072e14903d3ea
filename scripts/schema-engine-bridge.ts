// An executable for PRISMA_SCHEMA_ENGINE_BINARY: it speaks the native schema engine's protocol to
// the Prisma CLI and forwards every call to the WebAssembly engine, so `prisma migrate ...` and
// `prisma db ...` work unchanged on machines that cannot download the native binary.
// The CLI (prisma 7.10) calls it three ways:
//   <bin> --version                                   -> "schema-engine-cli <hash>"
//   <bin> --datasource '{"url":...}' cli <command>    -> can-connect-to-database | create-database | drop-database
//   <bin> [--datamodels <file>]... [--datasource ...] -> newline-delimited JSON-RPC 2.0 on stdin/stdout
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { engineVersion, loadSchemaEngine, openEngine, pgConfig, type Engine } from "../lib/migrations/engine.ts";

const argv = process.argv.slice(2);
const log = (level: string, message: string, extra: object = {}) =>
  process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...extra }, target: "schema_engine::logger" }) + "\n");
const arg = (name: string) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []));

if (argv.includes("--version") || argv.includes("-V")) {
  await loadSchemaEngine();
  process.stdout.write(`schema-engine-cli ${engineVersion()} (wasm bridge)\n`);
  process.exit(0);
}

const datasource = arg("--datasource")[0] ? JSON.parse(arg("--datasource")[0]) : {};
const url: string | undefined = datasource.url || process.env.DATABASE_URL;

interface PgError {
  code?: string;
  message?: string;
}

if (argv.includes("cli")) {
  const command = argv[argv.indexOf("cli") + 1];
  log("INFO", `schema-engine wasm bridge: ${command}`); // the CLI drops the first stderr line of a `cli` run
  const cfg = pgConfig(url ?? "");
  const admin = new pg.Client({ ...cfg, database: "postgres" });
  try {
    if (command === "can-connect-to-database") {
      const client = new pg.Client(cfg);
      await client.connect();
      await client.end();
    } else if (command === "create-database") {
      await admin.connect();
      await admin.query(`CREATE DATABASE "${cfg.database.replaceAll('"', '""')}"`);
      process.stdout.write(`Database '${cfg.database}' was successfully created.\n`);
    } else if (command === "drop-database") {
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${cfg.database.replaceAll('"', '""')}" WITH (FORCE)`);
    } else {
      throw new Error(`unsupported cli command ${command}`);
    }
    await admin.end().catch(() => {});
    process.exit(0);
  } catch (caught) {
    const e = caught as PgError;
    const code = e.code === "3D000" ? "P1003" : e.code === "ECONNREFUSED" ? "P1001" : "P1000";
    log("ERROR", String(e.message ?? e), { error_code: code });
    process.exit(1);
  }
}

const datamodels = arg("--datamodels");
let opening: Promise<Engine> | undefined;
const engine = () =>
  (opening ??= (async () => {
    if (!url) {
      throw Object.assign(new Error("The datasource.url property is required in your Prisma config file when using prisma migrate."), { code: "P1012" });
    }
    return openEngine({ url, datamodels: datamodels.length ? datamodels : [emptySchema()] });
  })());

function emptySchema() {
  const file = path.join(os.tmpdir(), `empty-${process.pid}.prisma`);
  fs.writeFileSync(file, 'datasource db {\n  provider = "postgresql"\n}\n');
  return file;
}

type Params = { migrationsList?: unknown; filters?: unknown } & Record<string, unknown>;
type Method = (params: Params) => Promise<unknown>;

const ownMethods: Record<string, Method> = {
  version: async () => engineVersion(),
  getDatabaseVersion: async () => (await engine()).engine.version(),
};

async function forward(method: string, params: Params) {
  const e = await engine();
  const fn = (e.engine as unknown as Record<string, Method | undefined>)[method];
  if (typeof fn !== "function") throw Object.assign(new Error(`Method ${method} is not supported by the wasm bridge`), { code: "P1000" });
  try {
    return await fn.call(e.engine, params);
  } catch (error) {
    // createMigration/evaluateDataLoss need the shadow-schema cache that diagnoseMigrationHistory fills
    if (!String((error as Error)?.message).includes("shadow DB must be provided through an external factory") || !params.migrationsList) throw error;
    await e.engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList as never,
      optInToShadowDatabase: true,
      filters: (params.filters as never) ?? { externalTables: [], externalEnums: [] },
    });
    return fn.call(e.engine, params);
  }
}

const send = (message: object) => process.stdout.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
let queue = Promise.resolve(); // the engine takes one call at a time

readline
  .createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    if (!line.trim()) return;
    const request = JSON.parse(line) as { id: number | string; method?: string; params?: Params };
    if (request.method === undefined) return; // the CLI's answer to a "print" request
    const method = request.method;
    queue = queue.then(async () => {
      try {
        let result = await (ownMethods[method] ?? ((p: Params) => forward(method, p)))(request.params ?? {});
        // the native engine prints `migrate diff` output through a "print" request to the CLI
        if (method === "diff" && result && typeof result === "object" && "stdout" in result) {
          const { stdout, exitCode } = result as { stdout?: string | null; exitCode: number };
          if (stdout != null) send({ id: `print-${request.id}`, method: "print", params: { content: stdout.replace(/\n$/, "") } });
          result = { exitCode };
        }
        send({ id: request.id, result: result ?? null });
      } catch (caught) {
        const e = caught as { message?: string; code?: string; meta?: unknown };
        const message = String(e?.message ?? caught);
        send({
          id: request.id,
          error: {
            code: 4466,
            message: "An error happened. Check the data field for details.",
            data: { is_panic: message.includes("unreachable"), message, error_code: e?.code, meta: e?.meta ?? null },
          },
        });
      }
    });
  })
  .on("close", () => {
    void queue.then(async () => {
      if (opening) await (await opening).close().catch(() => {});
      process.exit(0);
    });
  });
