// The heading-style check on the minutes as printed; minutes-heading-styles-compact.test.ts takes the blank lines out.
import { headingStyleChecks } from "./helpers/heading-styles.js";

headingStyleChecks(false);
