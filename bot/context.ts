// What the bot's adapters are given: validated config and the domain's dependencies.
import type { Config } from "../core/config.js";
import type { Deps } from "../core/context.js";

export interface BotContext {
  config: Config;
  deps: Deps;
}
