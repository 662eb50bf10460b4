// The neutral reply every command returns. Slack renders it as Block Kit, Teams as an Adaptive
// Card, the CLI as text or JSON: so the answer is the same everywhere.

export interface ReplyField { label: string; value: string }

export interface ReplyItem {
  title: string;
  text?: string;
  fields?: ReplyField[];
  link?: { label: string; url: string };
  /** Present when the item is an action: chat adapters add "Add progress" and "Mark complete". */
  action?: { id: number; status: string; canUpdate: boolean };
  exempt?: boolean;
}

export interface ReplySection {
  heading?: string;
  text?: string;
  fields?: ReplyField[];
  items?: ReplyItem[];
  note?: string;
}

export interface Reply {
  title: string;
  summary?: string;
  tone?: "info" | "success" | "warning" | "error";
  sections: ReplySection[];
  footer?: string;
  /** The command that shows the next page, when a list was cut short. */
  more?: { command: string; label: string };
  /** True when the reply shows exempt (confidential) items: adapters must keep it private. */
  containsExempt?: boolean;
}

export function errorReply(message: string, hint?: string): Reply {
  return { title: message, tone: "error", sections: hint ? [{ text: hint }] : [] };
}
