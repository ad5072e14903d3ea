// Prisma Migrate without a native binary: Prisma's own schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm), driven through @prisma/adapter-pg. It reads and writes the same
// `prisma/migrations/<timestamp>_<name>/migration.sql` folders and `_prisma_migrations` rows as
// the Prisma CLI. Used by scripts/db.ts, scripts/schema-engine-bridge.ts and the test set-up.
//
// It leans on internals of @prisma/adapter-pg 7.10.1 and the 7.10 CLI protocol: keep the exact
// pins in package.json and re-run tests/integration/migrations.test.ts after an upgrade.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import * as wasm from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";

const require = createRequire(import.meta.url);
let loaded: Promise<void> | undefined;

type WasmImports = Record<string, unknown>;
type Timer = { unref?: () => void };

/** Instantiates the engine once per process, without experimental Node flags. */
export function loadSchemaEngine(): Promise<void> {
  return (loaded ??= (async () => {
    const file = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const imports: WasmImports = { ...wasm };
    // The engine arms long timers that would keep Node alive a minute after the work is done.
    for (const name of Object.keys(imports)) {
      if (!name.startsWith("__wbg_setTimeout_")) continue;
      const original = imports[name] as (...args: unknown[]) => Timer;
      imports[name] = (...args: unknown[]) => {
        const timer = original(...args);
        timer?.unref?.();
        return timer;
      };
    }
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(file), {
      "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
    });
    // Rust panics are reported through this global; without it they surface as a TypeError.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => console.error("[schema-engine panic]", m) };
    wasm.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })());
}

export const engineVersion = () => wasm.version();
export const noFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface Engine {
  engine: SchemaEngine;
  schemaFiles: { path: string; content: string }[];
  migrationsDir: string;
  close(): Promise<void>;
}

export const defaultSchemaPath = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

/**
 * Discrete connection fields, never `connectionString`: node-postgres lets a connection string
 * override `database`, which would send the shadow-database replay to the main database.
 */
export function pgConfig(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
  };
}

interface RawResult {
  fields?: { dataTypeID: number }[];
}
interface Queryable {
  performIO(query: { sql: string }): Promise<RawResult>;
  executeScript?: (script: string) => Promise<void>;
  client?: { query(sql: string): Promise<unknown> };
  onError?: (error: unknown) => never;
  startTransaction?: (...args: unknown[]) => Promise<Queryable>;
  dispose(): Promise<void>;
}

/**
 * Closes four gaps between the wasm engine and @prisma/adapter-pg 7.10.1:
 * - the adapter runs a migration script by splitting it on every ";", which breaks any function
 *   body or string that contains one: send the script whole (one implicit transaction), as the
 *   native engine does;
 * - PostgreSQL 18 keeps NOT NULL constraints in pg_constraint (contype 'n'), which the engine's
 *   constraint query does not expect (it panics): leave them out (for an external PostgreSQL 18);
 * - PostgreSQL's `"char"` columns (oid 18) that the schema describer selects cannot be decoded
 *   by the adapter: report them as text;
 * - the adapter's own shadow database drops the database before closing its pool and leaks it:
 *   create, hand out, close the pool, then DROP ... WITH (FORCE).
 */
function patchFactory(factory: PrismaPg, cfg: pg.PoolConfig): PrismaPg {
  const patch = (q: Queryable): Queryable => {
    const io = q.performIO.bind(q);
    q.performIO = async (query) => {
      if (query.sql.includes("pg_constraint")) {
        query = { ...query, sql: query.sql.replace("contype NOT IN ('p', 'u', 'f')", "contype NOT IN ('p', 'u', 'f', 'n')") };
      }
      const result = await io(query);
      for (const field of result.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    };
    if (q.executeScript && q.client) {
      const client = q.client;
      q.executeScript = async (script) => {
        try {
          await client.query(script);
        } catch (error) {
          q.onError?.(error);
          throw error;
        }
      };
    }
    if (q.startTransaction) {
      const start = q.startTransaction.bind(q);
      q.startTransaction = async (...args) => patch(await start(...args));
    }
    return q;
  };
  const admin = async (sql: string) => {
    const client = new pg.Client({ ...cfg });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const connect = factory.connect.bind(factory);
  const mutable = factory as unknown as { connect(): Promise<Queryable>; connectToShadowDb(): Promise<Queryable> };
  mutable.connect = async () => patch((await connect()) as unknown as Queryable);
  mutable.connectToShadowDb = async () => {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin(`CREATE DATABASE "${name}"`);
    const shadow = patch((await new PrismaPg({ ...cfg, database: name }).connect()) as unknown as Queryable);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return shadow;
  };
  return factory;
}

/** Opens the engine on a database. `datamodels` defaults to prisma/schema.prisma. */
export async function openEngine(options: { url: string; datamodels?: string[]; migrationsDir?: string }): Promise<Engine> {
  await loadSchemaEngine();
  const paths = options.datamodels?.length ? options.datamodels : [defaultSchemaPath];
  const schemaFiles = paths.map((p) => ({ path: p, content: fs.readFileSync(p, "utf8") }));
  const cfg = pgConfig(options.url);
  const factory = patchFactory(new PrismaPg(cfg), cfg);
  const opened: Queryable[] = []; // engine.free() does not close the pools it opened
  const mutable = factory as unknown as { connect(): Promise<Queryable> };
  const connect = mutable.connect.bind(factory);
  mutable.connect = async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  };
  const engine = await wasm.SchemaEngine.new(
    { datamodels: schemaFiles.map((f) => [f.path, f.content]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    schemaFiles,
    migrationsDir: options.migrationsDir ?? path.join(path.dirname(paths[0]), "migrations"),
    close: async () => {
      engine.free();
      await Promise.all(opened.splice(0).map((a) => a.dispose()));
    },
  };
}

/** Reads prisma/migrations the way the CLI does: folders sorted by name, each with migration.sql. */
export function readMigrations(dir: string): MigrationList {
  const lock = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lock) ? fs.readFileSync(lock, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file) ? { tag: "ok", value: fs.readFileSync(file, "utf8") } : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

/**
 * The wasm engine cannot open a shadow database for createMigration/evaluateDataLoss itself; it
 * reuses a cache that diagnoseMigrationHistory fills through the adapter's connectToShadowDb().
 */
export async function warmShadowCache(e: Engine, migrationsList: MigrationList) {
  await e.engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters: noFilter });
}

/** `prisma migrate dev --create-only`: writes <timestamp>_<name>/migration.sql; null when nothing changed. */
export async function createMigration(e: Engine, name: string): Promise<string | null> {
  const migrationsList = readMigrations(e.migrationsDir);
  await warmShadowCache(e, migrationsList);
  const result = await e.engine.createMigration({
    draft: false,
    migrationName: name,
    migrationsList,
    schema: { files: e.schemaFiles },
    filters: noFilter,
  });
  if (!result.migrationScript) return null;
  const dir = path.join(e.migrationsDir, result.generatedMigrationName);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), result.migrationScript);
  const lock = path.join(e.migrationsDir, "migration_lock.toml");
  if (!fs.existsSync(lock)) {
    fs.writeFileSync(
      lock,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${result.connectorType}"\n`,
    );
  }
  return result.generatedMigrationName;
}

/** `prisma migrate deploy`: applies pending migrations; returns their names. */
export async function applyMigrations(e: Engine): Promise<string[]> {
  const result = await e.engine.applyMigrations({ migrationsList: readMigrations(e.migrationsDir), filters: noFilter });
  return result.appliedMigrationNames;
}

/** The SQL missing from the migrations to reach schema.prisma ("" when they agree). */
export async function schemaDriftFromMigrations(e: Engine): Promise<string> {
  const result = await e.engine.diff({
    from: { tag: "migrations", ...readMigrations(e.migrationsDir) },
    to: { tag: "schemaDatamodel", files: e.schemaFiles },
    script: true,
    exitCode: null,
    filters: noFilter,
  });
  return (result.stdout ?? "").replace(/^-- This is an empty migration\.\s*$/m, "").trim();
}

/** `prisma migrate reset` without the seed: drops everything in the database. */
export async function resetDatabase(e: Engine) {
  await e.engine.reset({ filter: noFilter });
}
