/** Text to be matched as written inside a pattern built from it: a name found in the minutes ("Clerk (RFO)", "C.Cllr."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
