#!/usr/bin/env node
// Package bin: runs the TypeScript entry point through tsx, so there is no build step to forget.
import { register } from "tsx/esm/api";
register();
await import("./scrutineer.ts");
