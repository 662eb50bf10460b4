// Metamorphic check: the same minutes with their item headings written in another council's numbering
// ("IV.", "D.", "4)", "Item 4 –", "Minute 4/24 –", "[4]", "TITLE (Minute 4)", "Item Four –", no blank lines at all)
// must give the same actions
// under the same items. Each fixture of the corpus whose items are plain numbers is rewritten in half of the numberings,
// chosen by its name, some with its blank lines kept and some without.
// This file takes the first five styles; minutes-heading-styles-refs.test.ts the other five.
import { describe, expect, it } from "vitest";
import { STYLES, checkStyle } from "./helpers/heading-styles.js";

describe("actions do not depend on how the items are numbered", () => {
  for (const [s, [label, style]] of Object.entries(STYLES).entries()) {
    if (s >= 5) continue;
    it(`${label}, as printed or with no blank lines`, async () => {
      const { same, total, lost } = await checkStyle(s, style);
      expect(total).toBeGreaterThan(200);
      // What still changes is listed, so that a regression names the minutes it broke.
      expect({ agreement: same / total >= 0.97, lost: lost.length > total * 0.03 ? lost : [] }).toEqual({ agreement: true, lost: [] });
    });
  }
});
