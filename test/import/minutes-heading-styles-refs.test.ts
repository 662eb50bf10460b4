// The heading-style check's other five styles ("Minute 4/24 –", "[4]", a bare number over the title, "TITLE (Minute 4)", "Item
// Four –"); minutes-heading-styles.test.ts has the first five and says what the check is.
import { describe, expect, it } from "vitest";
import { STYLES, checkStyle } from "./helpers/heading-styles.js";

describe("actions do not depend on how the items are numbered", () => {
  for (const [s, [label, style]] of Object.entries(STYLES).entries()) {
    if (s < 5 || s >= 10) continue;
    it(`${label}, as printed or with no blank lines`, async () => {
      const { same, total, lost } = await checkStyle(s, style);
      expect(total).toBeGreaterThan(200);
      // What still changes is listed, so that a regression names the minutes it broke.
      expect({ agreement: same / total >= 0.97, lost: lost.length > total * 0.03 ? lost : [] }).toEqual({ agreement: true, lost: [] });
    });
  }
});
