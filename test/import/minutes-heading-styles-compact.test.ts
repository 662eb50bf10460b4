// The heading-style check with every blank line taken out; minutes-heading-styles.test.ts has the minutes as printed.
import { headingStyleChecks } from "./helpers/heading-styles.js";

headingStyleChecks(true);
