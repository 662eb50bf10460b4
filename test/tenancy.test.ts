// One deployment may serve several councils: nothing may leak from one council's answers into another's.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, type TestDb } from "./helpers/db.js";
import { handleText } from "../core/commands/handle.js";
import { consoleContext } from "../core/commands/context.js";
import { replyToText } from "../core/reply-text.js";
import { resolveTenant } from "../core/queries/tenant.js";
import { getAction } from "../core/queries/actions.js";

let t: TestDb;
beforeAll(async () => { t = await freshDb({ extraSeedDirs: [join(import.meta.dirname, "fixtures/seed/othertown")] }); });
afterAll(async () => { await t.close(); });

async function askAs(council: string, text: string, as?: string) {
  const deps = t.deps("2020-11-23");
  const tenant = await t.tenant(council);
  return replyToText(await handleText(deps, await consoleContext(deps, tenant, as, []), text));
}

describe("two councils in one database", () => {
  it("needs the council named once there is more than one", async () => {
    await expect(resolveTenant({ db: t.db })).rejects.toThrow(/Several councils/);
  });

  it("keeps each council's deadlines, meetings and actions to itself", async () => {
    for (const q of ["due this week", "meetings", "actions overdue", "actions", "agenda 25 November"]) {
      const h = await askAs("herefordshire", q);
      expect(h, q).not.toMatch(/OTHERTOWN|Othertown/);
      const o = await askAs("othertown", q);
      expect(o, q).not.toMatch(/Herefordshire|Children and young people|public health led/);
    }
    expect(await askAs("othertown", "due this week")).toContain("OTHERTOWN OVERDUE ACTION");
    expect(await askAs("othertown", "meetings")).toContain("OTHERTOWN SECRET ITEM");
  });

  it("resolves people by name within the council only", async () => {
    const h = await askAs("herefordshire", "actions Andy Gill");
    expect(h).toContain("public health led publicity campaign");
    expect(h).not.toContain("OTHERTOWN");
    const o = await askAs("othertown", "actions Andy Gill");
    expect(o).toContain("OTHERTOWN OVERDUE ACTION");
    expect(o).not.toContain("publicity campaign");
  });

  it("will not show or update another council's action by number", async () => {
    const other = await t.db.action.findFirstOrThrow({ where: { text: "OTHERTOWN OVERDUE ACTION" } });
    const hereford = await t.tenant("herefordshire");
    await expect(getAction(t.deps(), hereford, other.id)).rejects.toThrow(`There is no action ${other.id}`);
    const before = await t.db.progressUpdate.count();
    expect(await askAs("herefordshire", `progress ${other.id} sneaky`)).toContain(`There is no action ${other.id}`);
    expect(await t.db.progressUpdate.count()).toBe(before);
  });

  it("has no plan or self-assessment for the second council rather than borrowing the first's", async () => {
    expect(await askAs("othertown", "plan status")).toMatch(/No improvement plan has been loaded/);
    expect(await askAs("othertown", "selfeval")).toMatch(/No self-assessment has been loaded/);
  });
});
