// SIGTERM and SIGINT close the renderer in order (pages, then Chromium, waiting for its exit),
// so a stopped process leaves no Chromium behind.
import type { PdfRenderer } from "./pdf-renderer.js";

export function closeOnSignals(renderer: PdfRenderer, onClosed: (signal: NodeJS.Signals) => void = (s) => process.exit(s === "SIGTERM" ? 143 : 130)): () => void {
  const handler = (signal: NodeJS.Signals) => {
    void renderer.close().finally(() => onClosed(signal));
  };
  process.once("SIGTERM", handler);
  process.once("SIGINT", handler);
  return () => {
    process.off("SIGTERM", handler);
    process.off("SIGINT", handler);
  };
}
