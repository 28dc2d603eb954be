/** A RAG status badge (Green / Amber / Red) with its index; text, not colour alone, carries the status. */
import * as React from "react";
import { Badge } from "@fluentui/react-components";
import type { Rag } from "../../review/assess/assessment";
import { fmtIndex } from "../../review/kit/rag";

const COLOR: Record<Rag, "success" | "warning" | "danger"> = { Green: "success", Amber: "warning", Red: "danger" };

/** "Green", "Amber", "Red" or "Not assessed" as a badge. */
export function RagBadge({ status }: { status: Rag | null }): React.JSX.Element {
  if (!status) return <Badge appearance="outline" color="subtle">Not assessed</Badge>;
  return (
    <Badge appearance="filled" color={COLOR[status]} data-rag={status}>
      {status}
    </Badge>
  );
}

/** An index (0–100) to one decimal as its status is decided (review/kit/rag), or an em dash when not assessed. */
export function formatIndex(index: number | null): string {
  return index === null || !Number.isFinite(index) ? "—" : fmtIndex(index);
}
