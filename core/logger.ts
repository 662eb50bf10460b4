// The one logger. Structured JSON to stderr, so stdout stays clean for command output.
import { pino, destination, type Logger } from "pino";

export type { Logger };

export function createLogger(level: string = "info", bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { app: "scrutineer", ...bindings } }, destination(2));
}

export const silentLogger: Logger = pino({ level: "silent" });
