import { UserError } from "../../core/errors.js";

export async function run(): Promise<number> {
  throw new UserError("\"report render\" is not available yet in this version of Scrutineer: PDF rendering lands with the reports work.");
}
