// npm run user:create -- <email> [--role SECRETARIAT|DELEGATE|STAKEHOLDER] [--name "Full Name"]
// Creates the account (or changes its role). The person then signs in with a magic link.
import { z } from "zod";
import { createPrismaClient } from "../lib/prisma-client.ts";
import type { AuditAction, AuditEntityType } from "../lib/audit/vocabulary.ts";
import { Role } from "../lib/generated/prisma/enums.ts";
import { openDatabase } from "./lib/database.ts";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const input = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    role: z.enum(Role).default("STAKEHOLDER"),
    name: z.string().trim().min(1).max(200).optional(),
  })
  .safeParse({
    email: args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")),
    role: option("--role")?.toUpperCase(),
    name: option("--name"),
  });

if (!input.success) {
  console.error('usage: npm run user:create -- <email> [--role SECRETARIAT|DELEGATE|STAKEHOLDER] [--name "Full Name"]');
  console.error(input.error.issues.map((i) => `  ${i.path.join(".") || "input"}: ${i.message}`).join("\n"));
  process.exit(2);
}

const database = await openDatabase();
const prisma = createPrismaClient(database.url, 1);
try {
  const { email, role, name } = input.data;
  const user = await prisma.$transaction(async (tx) => {
    const saved = await tx.user.upsert({
      where: { email },
      update: { role, ...(name ? { name } : {}), disabledAt: null },
      create: { email, role, name },
    });
    await tx.auditEntry.create({
      data: { action: "user.created_from_cli" satisfies AuditAction, entityType: "User" satisfies AuditEntityType, entityId: saved.id, data: { email, role } },
    });
    return saved;
  });
  console.log(`${user.email} is ${user.role}. They sign in at /sign-in with a magic link.`);
} finally {
  await prisma.$disconnect();
  await database.release();
}
