// Report view model -> HTML. A pure function of its input: no browser, no I/O after the templates
// are first read. Data is only ever substituted with escaping: a value that looks like a template
// ("{{…}}") or like markup ("<script>") prints as the text it is.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Handlebars from "handlebars";
import { templatesDir } from "../../core/paths.js";
import type { ReportKind, ReportView } from "../../core/reports/types.js";
import { helpers } from "./helpers.js";
import { labelsFor, pageFurnitureCss } from "./page-furniture.js";

interface Compiled { templates: Record<ReportKind, Handlebars.TemplateDelegate>; css: string }
/** What the layout's helpers read from each render's data: that report's style sheet and its hash. */
interface SheetData { sheet: string; hash: string }

let compiled: Compiled | null = null;

function load(dir = templatesDir): Compiled {
  const hb = Handlebars.create();
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn);
  // The one style sheet (styles.css and this report's header and footer words) is allowed by its
  // hash, so no other style (injected or inline) applies.
  // Line endings as the HTML parser will see them (it turns CR LF into LF), or the hash would not match.
  const css = readFileSync(join(dir, "styles.css"), "utf8").replace(/\r\n?/g, "\n");
  if (/<\/style/i.test(css)) throw new Error("templates/styles.css must not contain </style>");
  const sheet = (options: Handlebars.HelperOptions) => options.data as SheetData;
  hb.registerHelper("styleSheet", (options: Handlebars.HelperOptions) => new hb.SafeString(`<style>${sheet(options).sheet}</style>`));
  hb.registerHelper("contentSecurityPolicy", (options: Handlebars.HelperOptions) => new hb.SafeString(
    `default-src 'none'; style-src 'sha256-${sheet(options).hash}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`));
  // Missing helpers must fail loudly rather than print a data field by accident.
  hb.registerHelper("helperMissing", function (...args: unknown[]) {
    const options = args[args.length - 1] as { name: string };
    if (args.length > 1) throw new Error(`report template: unknown helper "${options.name}"`);
    return undefined;
  });
  hb.registerPartial("layout", readFileSync(join(dir, "layout.hbs"), "utf8"));
  const partials = join(dir, "partials");
  for (const file of readdirSync(partials).filter((f) => f.endsWith(".hbs"))) {
    hb.registerPartial(file.replace(/\.hbs$/, ""), readFileSync(join(partials, file), "utf8"));
  }
  const compile = (kind: ReportKind) => hb.compile(readFileSync(join(dir, `${kind}.hbs`), "utf8"), { strict: false, preventIndent: true });
  return {
    templates: {
      "improvement-plan": compile("improvement-plan"),
      "self-evaluation": compile("self-evaluation"),
      actions: compile("actions"),
      meetings: compile("meetings"),
    },
    css,
  };
}

/** The report's complete, self-contained HTML document. */
export function renderReportHtml(view: ReportView): string {
  compiled ??= load();
  const sheet = `${compiled.css}\n${pageFurnitureCss(labelsFor(view.meta))}`;
  const data: SheetData = { sheet, hash: createHash("sha256").update(sheet, "utf8").digest("base64") };
  // Prototype access stays off (Handlebars' default): a "__proto__" or "constructor" path reads nothing.
  return compiled.templates[view.kind](view, { data, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
}

/** Tests and template authors: re-read the templates from disk. */
export function reloadTemplates(dir?: string): void {
  compiled = load(dir);
}
