import { UserError } from "../../core/errors.js";

export async function run(): Promise<number> {
  throw new UserError("\"schedule\" is not available yet in this version of Scrutineer.");
}
