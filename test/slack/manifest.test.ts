// The Slack app manifest sends everything to the one endpoint the bot serves, with the scopes the app uses.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const manifest = parse(readFileSync(new URL("../../manifest.yml", import.meta.url), "utf8")) as {
  display_information: { name: string; description: string; long_description?: string };
  features: { slash_commands: { command: string; url: string; should_escape: boolean }[]; app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean }; bot_user: { display_name: string } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string }; socket_mode_enabled: boolean };
};

describe("manifest.yml", () => {
  it("routes the slash command, interactivity and events to POST /slack/events", () => {
    const urls = [manifest.features.slash_commands[0]!.url, manifest.settings.interactivity.request_url, manifest.settings.event_subscriptions.request_url];
    for (const url of urls) expect(new URL(url)).toMatchObject({ protocol: "https:", pathname: "/slack/events" });
    expect(new Set(urls).size).toBe(1);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(["/scrutiny"]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });

  it("asks for the scopes the app uses, and the Home tab event", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(["commands", "chat:write", "users:read", "users:read.email", "files:write"]));
    expect(manifest.settings.event_subscriptions.bot_events).toContain("app_home_opened");
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });

  it("lets admins send minutes in a DM: message.im events, reading DMs and downloading their files", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(["files:read", "im:history"]));
    expect(manifest.settings.event_subscriptions.bot_events).toContain("message.im");
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  it("stays within Slack's manifest limits", () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description ?? "";
    expect(long.length).toBeGreaterThanOrEqual(175);
    expect(long.length).toBeLessThanOrEqual(4000);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  });
});
