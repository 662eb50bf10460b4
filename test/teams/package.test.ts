// The Teams app package: manifest with command lists for every scope, icons of the right sizes.
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { buildManifest, buildPackage, pngSize } from "../../teams/scripts/teams-package.js";

const APP = "0a1b2c3d-1111-4222-8333-444455556666";

describe("teams:package", () => {
  it("zips manifest.json and both icons at the root, with the bot's app id filled in", async () => {
    const zip = await JSZip.loadAsync(await buildPackage({ appId: APP, publicBaseUrl: "https://scrutiny.herefordshire.example/" }));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    expect(manifest.id).toBe(APP);
    expect(manifest.bots[0].botId).toBe(APP);
    expect(manifest.bots[0].supportsFiles).toBe(true); // admins send minutes in a personal chat
    expect(manifest.validDomains).toEqual(["scrutiny.herefordshire.example"]);
    expect(manifest.developer.privacyUrl).toBe("https://scrutiny.herefordshire.example/privacy");
    const scopes = manifest.bots[0].commandLists.flatMap((l: { scopes: string[] }) => l.scopes).sort();
    expect(scopes).toEqual(["groupChat", "personal", "team"]);
    expect(pngSize(Buffer.from(await zip.file("color.png")!.async("uint8array")))).toEqual({ width: 192, height: 192 });
    expect(pngSize(Buffer.from(await zip.file("outline.png")!.async("uint8array")))).toEqual({ width: 32, height: 32 });
  });

  it("offers the same commands the shared parser understands", async () => {
    const { parseCommand } = await import("../../core/commands/parse.js");
    const manifest = buildManifest({ appId: APP });
    for (const list of manifest.bots[0]!.commandLists) {
      for (const c of list.commands) {
        const example = c.title === "action" || c.title === "done" ? `${c.title} 1` : c.title === "progress" ? "progress 1 note" : c.title === "link" ? "link cyp" : c.title;
        expect(() => parseCommand(example, "2020-11-23"), c.title).not.toThrow();
      }
    }
  });

  it("refuses an app id that is not a GUID", () => {
    expect(() => buildManifest({ appId: "my-bot" })).toThrow(/GUID/);
  });
});
