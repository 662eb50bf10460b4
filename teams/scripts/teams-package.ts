// npm run teams:package: writes the Teams app package (manifest.json + icons, zipped) for
// sideloading. The bot's app id comes from MICROSOFT_APP_ID or --app-id; the developer links
// from PUBLIC_BASE_URL when it is https.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import JSZip from "jszip";
import { loadConfig } from "../../core/config.js";
import { UserError, isUserError } from "../../core/errors.js";

const TEAMS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICONS = { color: 192, outline: 32 } as const;

export interface PackageOptions { appId: string; publicBaseUrl?: string; version?: string }

interface Command { title: string; description: string }
interface Manifest {
  id: string;
  version: string;
  developer: { websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  icons: { color: string; outline: string };
  bots: { botId: string; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  validDomains: string[];
  [key: string]: unknown;
}

/** Width and height from a PNG's IHDR, or null if it is not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | null {
  if (png.length < 24 || png.readUInt32BE(0) !== 0x89504e47 || png.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function buildManifest(options: PackageOptions): Manifest {
  if (!GUID.test(options.appId)) throw new UserError(`teams:package: the app id must be the bot's Azure app (client) id, a GUID; got "${options.appId}"`);
  const manifest = JSON.parse(readFileSync(resolve(TEAMS_DIR, "manifest.json"), "utf8")) as Manifest;
  manifest.id = options.appId;
  for (const bot of manifest.bots) bot.botId = options.appId;
  if (options.version) manifest.version = options.version;
  if (options.publicBaseUrl?.startsWith("https://")) {
    const base = options.publicBaseUrl.replace(/\/$/, "");
    manifest.developer = { ...manifest.developer, websiteUrl: `${base}/`, privacyUrl: `${base}/privacy`, termsOfUseUrl: `${base}/terms` };
    manifest.validDomains = [new URL(base).host];
  }
  // Teams refuses a package over these limits with an unhelpful message: say which command.
  for (const list of manifest.bots.flatMap((b) => b.commandLists)) {
    if (list.commands.length > 10) throw new UserError(`teams:package: a command list for ${list.scopes.join("/")} has ${list.commands.length} commands; Teams allows 10`);
    for (const c of list.commands) {
      if (c.title.length > 32) throw new UserError(`teams:package: command title "${c.title}" is over 32 characters`);
      if (c.description.length > 128) throw new UserError(`teams:package: the description of "${c.title}" is over 128 characters`);
    }
  }
  return manifest;
}

export async function buildPackage(options: PackageOptions): Promise<Buffer> {
  const manifest = buildManifest(options);
  const zip = new JSZip();
  zip.file("manifest.json", JSON.stringify(manifest, null, 2));
  for (const [kind, size] of Object.entries(ICONS) as [keyof typeof ICONS, number][]) {
    const file = manifest.icons[kind];
    const png = readFileSync(resolve(TEAMS_DIR, file));
    const dims = pngSize(png);
    if (!dims || dims.width !== size || dims.height !== size) throw new UserError(`teams:package: teams/${file} must be a ${size}×${size} PNG`);
    zip.file(file, png);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { "app-id": { type: "string" }, out: { type: "string" }, version: { type: "string" } } });
  const config = loadConfig(process.env);
  const appId = values["app-id"] ?? config.MICROSOFT_APP_ID;
  if (!appId) throw new UserError("teams:package: set MICROSOFT_APP_ID to the bot's Azure app id, or pass --app-id <guid>");
  const out = resolve(values.out ?? "out/teams/scrutineer-teams.zip");
  const zip = await buildPackage({ appId, publicBaseUrl: config.PUBLIC_BASE_URL, version: values.version });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip);
  console.log(`Wrote ${out} (${zip.length} bytes): upload it in Teams under Apps > Manage your apps > Upload an app.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    console.error(isUserError(e) ? e.message : `teams:package failed: ${(e as Error).message}`);
    process.exitCode = 1;
  });
}
