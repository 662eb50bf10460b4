// Files that ship with the code are found relative to it, not to the caller's working directory.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const migrationsDir = (provider: "sqlite" | "postgresql") => join(projectRoot, "prisma", "migrations", provider);
export const seedRoot = join(projectRoot, "prisma", "seed");
export const templatesDir = join(projectRoot, "templates");
