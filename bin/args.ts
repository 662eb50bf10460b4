// Small helpers for subcommand arguments, so every command reports bad input the same way.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "../core/errors.js";

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message.replace(/\. To specify.*$/s, "")}\nusage: ${usage}`);
  }
}

export function required(value: string | undefined, name: string, usage: string): string {
  if (!value) throw new UserError(`missing ${name}\nusage: ${usage}`);
  return value;
}
