import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_MODEL_ENTITY_TYPES,
  AUDIT_OTHER_ENTITY_TYPES,
  LEGACY_ENTITY_TYPES,
  isAuditEntityType,
} from "@/lib/audit/vocabulary";

const schema = fs.readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
const models = new Set([...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]));
const migrationDir = fs.readdirSync(path.resolve("prisma/migrations")).find((d) => d.endsWith("_audit_vocabulary"));

describe("audit vocabulary", () => {
  test("every entity type but the few non-row subjects is a Prisma model name, all listed once", () => {
    for (const type of AUDIT_MODEL_ENTITY_TYPES) expect(models.has(type), type).toBe(true);
    for (const type of AUDIT_OTHER_ENTITY_TYPES) expect(models.has(type), type).toBe(false);
    for (const type of AUDIT_ENTITY_TYPES) expect(type).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(new Set(AUDIT_ENTITY_TYPES).size).toBe(AUDIT_ENTITY_TYPES.length);
  });

  test("actions are <subject>.<past tense> in lower snake case, listed once", () => {
    for (const action of AUDIT_ACTIONS) expect(action).toMatch(/^[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*$/);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  test("legacy spellings map onto the vocabulary and are not themselves part of it", () => {
    for (const [legacy, type] of Object.entries(LEGACY_ENTITY_TYPES)) {
      expect(isAuditEntityType(type), type).toBe(true);
      expect(isAuditEntityType(legacy), legacy).toBe(false);
    }
  });

  test("the data migration rewrites exactly the legacy map", () => {
    expect(migrationDir).toBeDefined();
    const sql = fs.readFileSync(path.resolve("prisma/migrations", migrationDir!, "migration.sql"), "utf8");
    const pairs = Object.fromEntries([...sql.matchAll(/\('(\w+)', '(\w+)'\)/g)].map((m) => [m[1], m[2]]));
    expect(pairs).toEqual(LEGACY_ENTITY_TYPES);
  });
});
