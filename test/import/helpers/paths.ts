// Fixture paths for the importer tests (all under test/fixtures/import: nothing reads ../shared).
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "fixtures", "import");
export const fixture = (name: string) => join(fixtures, name);
export const CLI_ACTOR = { personId: null, name: "cli", isAdmin: true, channel: "cli" as const };
